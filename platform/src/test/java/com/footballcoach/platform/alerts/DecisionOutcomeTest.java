package com.footballcoach.platform.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionOutcomeTest {

    @Test
    void anAcceptIsEffectiveWhenTheLaterSeverityFellByAtLeastTwentyPercent() {
        assertThat(DecisionOutcome.of(DecisionAction.ACCEPT, 0.8, 0.64)).isEqualTo(new DecisionOutcome(1, 0, null));
        assertThat(DecisionOutcome.of(DecisionAction.ACCEPT, 0.8, 0.70)).isEqualTo(new DecisionOutcome(0, 0, null));
    }

    @Test
    void anAcceptFailedWhenTheLaterSeverityRose() {
        assertThat(DecisionOutcome.of(DecisionAction.ACCEPT, 0.5, 0.6)).isEqualTo(new DecisionOutcome(0, 1, null));
    }

    @Test
    void aDismissEscalatedAndFailedWhenTheSeverityRoseElseItWasEffective() {
        assertThat(DecisionOutcome.of(DecisionAction.DISMISS, 0.5, 0.7)).isEqualTo(new DecisionOutcome(0, 1, 1));
        assertThat(DecisionOutcome.of(DecisionAction.DISMISS, 0.5, 0.5)).isEqualTo(new DecisionOutcome(1, 0, 0));
        assertThat(DecisionOutcome.of(DecisionAction.DISMISS, 0.5, 0.2)).isEqualTo(new DecisionOutcome(1, 0, 0));
    }

    @Test
    void readsTheActionCaseInsensitively() {
        assertThat(DecisionAction.ofName("accept")).contains(DecisionAction.ACCEPT);
        assertThat(DecisionAction.ofName(" Dismiss ")).contains(DecisionAction.DISMISS);
        assertThat(DecisionAction.ofName("accepted")).isEmpty();
        assertThat(DecisionAction.parse("dismissed")).contains(DecisionAction.DISMISS);
        assertThat(DecisionAction.parse("maybe")).isEmpty();
    }
}
