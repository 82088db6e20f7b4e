/**
 * The club: teams, players, staff, formations and competitions ("events"). Everything is scoped
 * to the caller's teams by {@link com.footballcoach.platform.scope.ClubScope}.
 */
@NullMarked
package com.footballcoach.product.club;

import org.jspecify.annotations.NullMarked;
