package com.footballcoach.product.matches;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A team's statistics in one match; the {@code *_data}/{@code *_patterns} columns are JSON values, not strings. */
record TeamStatistics(String id, String matchId, String teamId, @Nullable BigDecimal possessionPercentage,
        @Nullable BigDecimal expectedGoals, @Nullable Integer totalShots, @Nullable Integer shotsOnTarget,
        @Nullable Integer pressures, @Nullable Integer finalThirdPasses, @Nullable JsonNode highTurnoverZonesData,
        @Nullable JsonNode setPieceXgBreakdownData, @Nullable JsonNode transitionSpeedData,
        @Nullable JsonNode buildUpPatterns, @Nullable JsonNode defensiveBlockPatterns,
        @Nullable JsonNode passNetworkData, @Nullable JsonNode zoneAnalysisData,
        @Nullable JsonNode tacticalWeaknessData, LocalDateTime createdAt) {
}
