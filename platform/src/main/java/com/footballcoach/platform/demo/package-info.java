/**
 * Demo data: a deterministic club platform (two clubs, squads, a season of matches with lineups,
 * events and statistics, notes, meetings, training sessions and tactical alerts) loaded into an
 * empty database so the app can be tried without a real club.
 */
@NullMarked
package com.footballcoach.platform.demo;

import org.jspecify.annotations.NullMarked;
