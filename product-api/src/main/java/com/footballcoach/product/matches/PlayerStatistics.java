package com.footballcoach.product.matches;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A player's statistics in one match; {@code rating} is a JSON number. */
record PlayerStatistics(String id, String matchId, String playerId, @Nullable Integer minutesPlayed,
        @Nullable Integer shots, @Nullable Integer shotsOnTarget, @Nullable Integer passes,
        @Nullable Integer accuratePasses, @Nullable Integer tackles, @Nullable Integer interceptions,
        @Nullable Integer clearances, @Nullable Integer saves, @Nullable Integer foulsCommitted,
        @Nullable Integer foulsSuffered, @Nullable Integer offsides, @Nullable Integer sprintCount,
        @Nullable Integer keyPasses, @Nullable Integer progressiveCarries, @Nullable Integer pressures,
        @Nullable BigDecimal distanceCoveredKm, @Nullable BigDecimal playerXg,
        @Nullable BigDecimal pressResistanceSuccessRate, @Nullable BigDecimal defensiveCoverageKm,
        @Nullable BigDecimal sprintDistanceM, @Nullable BigDecimal avgSpeedKmh, @Nullable BigDecimal maxSpeedKmh,
        @Nullable BigDecimal rating, @Nullable String notes, LocalDateTime createdAt) {

    /** The value columns, in the order of the record (after id, match_id, player_id). */
    static final List<String> VALUE_COLUMNS = List.of("minutes_played", "shots", "shots_on_target", "passes",
            "accurate_passes", "tackles", "interceptions", "clearances", "saves", "fouls_committed",
            "fouls_suffered", "offsides", "sprint_count", "key_passes", "progressive_carries", "pressures",
            "distance_covered_km", "player_xg", "press_resistance_success_rate", "defensive_coverage_km",
            "sprint_distance_m", "avg_speed_kmh", "max_speed_kmh", "rating", "notes");

    static final String SELECT = "SELECT s.id, s.match_id, s.player_id, "
            + String.join(", ", VALUE_COLUMNS.stream().map(c -> "s." + c).toList()) + ", s.created_at"
            + " FROM player_match_statistics s";
}
