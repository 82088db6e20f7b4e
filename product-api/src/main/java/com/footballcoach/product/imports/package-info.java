/**
 * Imports of provider event data: {@code POST /api/matches/import} reads a StatsBomb open-data
 * events file and lineups file as streams, one event at a time, and writes one match with its
 * lineups, events, player and team statistics in one transaction (docs/imports.md).
 */
@NullMarked
package com.footballcoach.product.imports;

import org.jspecify.annotations.NullMarked;
