package com.footballcoach.product.matches;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** Something that happened in a match, at an integer minute. */
record MatchEvent(String id, String matchId, @Nullable String playerId, @Nullable String teamId, String eventType,
        int minute, @Nullable Double videoTimestamp, @Nullable String coordinates, LocalDateTime createdAt) {
}
