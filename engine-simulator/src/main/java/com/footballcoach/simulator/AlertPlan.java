package com.footballcoach.simulator;

/**
 * One tactical alert of a run: the {@code TacticalAlert} fields plus the JSON extras sent in the
 * packet's {@code message}.
 */
record AlertPlan(
        String alertId,
        String timestamp,
        double severityScore,
        String severityLabel,
        Category category,
        String status,
        int reviewCountdown,
        int categoryTriggerCount,
        Extras extras) {

    /** The JSON extras of an {@code ALERT} packet. */
    record Extras(String decisionId, double matchTime, String triggerMetric, String recommendedAction) {
    }

    /** What went wrong, the decision it calls for, the metric that crossed and what to do. */
    enum Category {
        PRESSING("PRESSING_ADJUSTMENT", "pressing_intensity < 0.35",
                "Push the front line 10 m higher and press the first pass",
                "Trigger the press on the opponent's back pass: striker curves his run, both "
                        + "wingers jump the full-backs, midfield steps up to close the passing lanes."),
        COMPACTNESS("STRUCTURAL_COMPACTNESS_FIX", "compactness_m > 35",
                "Close the gap between the lines to 30 m",
                "Drop the back line 5 m and bring the holding midfielder between the lines so the "
                        + "block stays under 30 m from front to back."),
        FLANK("FLANK_COVER_ADJUSTMENT", "backline_gaps_team_a >= 3",
                "Winger tracks back to cover the full-back",
                "Shift the block towards the ball side; the far-side winger tucks in and the "
                        + "ball-side winger doubles up on the overlapping full-back."),
        FATIGUE("SUBSTITUTION_RECOMMENDATION", "fatigue_index > 0.7",
                "Prepare a substitution for the tiring midfielder",
                "Sprint output has dropped in the last phase: warm up a fresh central midfielder "
                        + "and lower the pressing line until the change is made."),
        TRANSITION("TRANSITION_DEFENSE", "transition_exposure > 0.6",
                "Keep two players behind the ball in possession",
                "Rest-defence: one holding midfielder and the far-side full-back stay behind the "
                        + "ball; foul tactically high up if the counter is on.");

        private final String decisionType;
        private final String triggerMetric;
        private final String action;
        private final String recommendedAction;

        Category(String decisionType, String triggerMetric, String action, String recommendedAction) {
            this.decisionType = decisionType;
            this.triggerMetric = triggerMetric;
            this.action = action;
            this.recommendedAction = recommendedAction;
        }

        String decisionType() {
            return decisionType;
        }

        String triggerMetric() {
            return triggerMetric;
        }

        String action() {
            return action;
        }

        String recommendedAction() {
            return recommendedAction;
        }
    }
}
