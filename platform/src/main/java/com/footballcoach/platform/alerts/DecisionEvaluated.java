package com.footballcoach.platform.alerts;

import org.jspecify.annotations.Nullable;

/**
 * A coach's decision was measured (its feedback row got an outcome, once). Published inside the
 * transaction that stores the outcome.
 *
 * @param feedbackId the {@code decision_feedback} row
 * @param userId     who gave the feedback
 */
public record DecisionEvaluated(String feedbackId, String userId, @Nullable String matchId, String decisionId,
        @Nullable String decisionType, String action, @Nullable Double severityAtTime, double postSeverityAvg,
        int evaluationWindows, DecisionOutcome outcome) {
}
