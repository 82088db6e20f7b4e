package com.footballcoach.product.matches;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One player in a match's lineup; {@code is_starting} is a JSON boolean. */
record MatchLineup(String id, String matchId, String teamId, @Nullable String formationId, String playerId,
        boolean isStarting, @Nullable String positionInFormation, LocalDateTime createdAt) {
}
