/**
 * Matches and their data: fixtures, the details aggregate, the video anchor, match events,
 * lineups, player and team statistics, video segments and analysis reports. A match is visible
 * when one of its sides is a team of the caller ({@link com.footballcoach.platform.scope.ClubScope}).
 */
@NullMarked
package com.footballcoach.product.matches;

import org.jspecify.annotations.NullMarked;
