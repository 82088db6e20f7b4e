package com.footballcoach.product.matches;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A fixture as the app reads it: integer scores and anchor, team and competition names. */
record Match(String id, String homeTeamId, String awayTeamId, @Nullable String homeTeamName,
        @Nullable String awayTeamName, @Nullable String eventId, @Nullable String eventName, LocalDateTime dateTime,
        @Nullable String venue, String status, int homeScore, int awayScore, @Nullable Integer videoAnchorSeconds,
        LocalDateTime createdAt) {
}
