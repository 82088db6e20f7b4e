package com.footballcoach.platform.alerts;

import org.jspecify.annotations.Nullable;

/**
 * The measured effect of a decision, as stored in {@code decision_feedback} (0/1 flags). ACCEPT is
 * effective when the mean later severity fell by at least 20% from the severity at decision time,
 * and failed when it rose; DISMISS escalated (and failed) when it rose, else it was effective.
 */
public record DecisionOutcome(int effective, int failed, @Nullable Integer escalationAfterDismiss) {

    static final double REQUIRED_DROP = 0.20;
    private static final double EPSILON = 1e-9;

    public static DecisionOutcome of(DecisionAction action, double severityAtTime, double laterMean) {
        boolean rose = laterMean > severityAtTime + EPSILON;
        if (action == DecisionAction.ACCEPT) {
            boolean fell = laterMean <= severityAtTime * (1 - REQUIRED_DROP) + EPSILON;
            return new DecisionOutcome(fell ? 1 : 0, rose ? 1 : 0, null);
        }
        return new DecisionOutcome(rose ? 0 : 1, rose ? 1 : 0, rose ? 1 : 0);
    }
}
