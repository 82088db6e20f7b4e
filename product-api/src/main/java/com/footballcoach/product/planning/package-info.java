/** Planning: team meetings (reunions) and training sessions, each scoped to a team of the caller. */
@NullMarked
package com.footballcoach.product.planning;

import org.jspecify.annotations.NullMarked;
