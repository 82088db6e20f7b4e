package com.footballcoach.platform.alerts;

import org.jspecify.annotations.Nullable;

/**
 * A normalised tactical alert as stored and served: the string fields the app requires are never
 * null ({@code timestamp}, {@code severity_label}, {@code category}, {@code decision_type},
 * {@code status}, {@code action}).
 */
public record StoredAlert(String alertId, String decisionId, String matchId, @Nullable String analysisId,
        String timestamp, @Nullable Double matchTime, double severityScore, String severityLabel, String category,
        String decisionType, String status, String action, int reviewCountdown, int categoryTriggerCount,
        @Nullable String triggerMetric, @Nullable String recommendedAction) {
}
