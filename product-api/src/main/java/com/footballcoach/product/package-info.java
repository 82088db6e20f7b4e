/** The product API (:8000): accounts, club, squad, matches, statistics, notes, planning, assistant, tactical alerts. */
@NullMarked
package com.footballcoach.product;

import org.jspecify.annotations.NullMarked;
