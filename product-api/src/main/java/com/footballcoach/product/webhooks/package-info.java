/** The routes of a club's webhooks (account managers), over the platform's {@code webhooks} feature. */
@NullMarked
package com.footballcoach.product.webhooks;

import org.jspecify.annotations.NullMarked;
