/** Match notes: written by staff during and around a match, shown with their author. */
@NullMarked
package com.footballcoach.product.notes;

import org.jspecify.annotations.NullMarked;
