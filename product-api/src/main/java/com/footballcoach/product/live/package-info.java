/** The tactical-alert WebSocket of the product API. */
@NullMarked
package com.footballcoach.product.live;

import org.jspecify.annotations.NullMarked;
