package com.footballcoach.platform.alerts;

import org.jspecify.annotations.Nullable;

/**
 * A tactical alert as the engine sends it ({@code ALERT} packet), before normalisation.
 *
 * @param timestamp  {@code "MM:SS"} or {@code "MM:SS-MM:SS"} of video time
 * @param extrasJson the packet's {@code message}: optional JSON with {@code decision_id},
 *                   {@code match_time}, {@code trigger_metric}, {@code recommended_action}
 */
public record AlertReport(String alertId, @Nullable String timestamp, @Nullable Double severityScore,
        @Nullable String severityLabel, @Nullable String category, @Nullable String decisionType,
        @Nullable String status, @Nullable String action, int reviewCountdown, int categoryTriggerCount,
        @Nullable String extrasJson) {
}
