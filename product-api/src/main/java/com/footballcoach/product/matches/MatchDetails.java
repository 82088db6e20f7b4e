package com.footballcoach.product.matches;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/matches/{id}/details}: the match and everything recorded about it. */
record MatchDetails(Match matchInfo, TeamLineup homeLineup, TeamLineup awayLineup, List<MatchEvent> events,
        List<PlayerStatistics> playerStats, List<TeamStatistics> teamStats) {

    /** One side's lineup: its formation (when the lineup names one) and its players, starters first. */
    record TeamLineup(String teamId, @Nullable String teamName, @Nullable LineupFormation formation,
            List<PlayerWithPosition> players) {
    }

    /** A formation as the app reads it ({@code created_at} always present). */
    record LineupFormation(String id, String name, @Nullable String description, LocalDateTime createdAt) {
    }

    /** A player with their place in this match's lineup. */
    record PlayerWithPosition(String id, String name, @Nullable String teamId, @Nullable String position,
            @Nullable Integer jerseyNumber, @Nullable LocalDate birthDate, @Nullable String dominantFoot,
            @Nullable Integer heightCm, @Nullable Integer weightKg, @Nullable String nationality,
            @Nullable String countryCode, @Nullable String imageUrl, @Nullable BigDecimal marketValue,
            LocalDateTime createdAt, @Nullable String positionInFormation, boolean isStarting) {
    }
}
