package com.footballcoach.platform.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AlertNormalizerTest {

    private final AlertNormalizer normalizer = new AlertNormalizer(JsonMapper.builder().build());

    @Test
    void fillsDecisionIdMatchTimeRecommendationAndDefaultsWhenTheEngineLeavesThemOut() {
        StoredAlert alert = normalizer.normalize("m-1", "run-1", new AlertReport("A-0007", "01:30-01:45", null, "",
                "PRESSING", null, null, "Press higher", 30, 2, null));

        assertThat(alert.decisionId()).isEqualTo("A-0007");
        assertThat(alert.matchTime()).isEqualTo(90.0);
        assertThat(alert.recommendedAction()).isEqualTo("Press higher");
        assertThat(alert.severityScore()).isZero();
        assertThat(alert.severityLabel()).isEqualTo("LOW");
        assertThat(alert.decisionType()).isEqualTo("NONE");
        assertThat(alert.status()).isEqualTo("ACTIVE");
        assertThat(alert.timestamp()).isEqualTo("01:30-01:45");
    }

    @Test
    void prefersThePacketsJsonExtras() {
        StoredAlert alert = normalizer.normalize("m-1", null, new AlertReport("A-0001", "00:30", 0.91, "CRITICAL",
                "COMPACTNESS", "STRUCTURAL_COMPACTNESS_FIX", "ACTIVE", "Squeeze", 30, 1,
                "{\"decision_id\":\"D-0001\",\"match_time\":45.0,\"trigger_metric\":\"compactness_m > 35\","
                        + "\"recommended_action\":\"Drop the back line 5 m\"}"));

        assertThat(alert.decisionId()).isEqualTo("D-0001");
        assertThat(alert.matchTime()).isEqualTo(45.0);
        assertThat(alert.triggerMetric()).isEqualTo("compactness_m > 35");
        assertThat(alert.recommendedAction()).isEqualTo("Drop the back line 5 m");
        assertThat(alert.severityLabel()).isEqualTo("CRITICAL");
    }

    @Test
    void readsMinutesAndSecondsOfATimestamp() {
        assertThat(AlertNormalizer.secondsOf("12:05")).isEqualTo(725.0);
        assertThat(AlertNormalizer.secondsOf("00:30-00:45")).isEqualTo(30.0);
        assertThat(AlertNormalizer.secondsOf("later")).isNull();
        assertThat(AlertNormalizer.secondsOf("")).isNull();
        assertThat(AlertNormalizer.secondsOf("95")).isEqualTo(95.0);
        assertThat(AlertNormalizer.secondsOf(" 95.5 ")).isEqualTo(95.5);
        assertThat(AlertNormalizer.secondsOf("90:00-95:00")).isEqualTo(5400.0);
    }

    @Test
    void leavesMatchTimeEmptyWhenTheTimestampCannotBeReadAndIgnoresExtrasThatAreNotJson() {
        StoredAlert alert = normalizer.normalize("m-1", null, new AlertReport("A-0009", "second half", 0.4, "MEDIUM",
                null, "PRESSING_ADJUSTMENT", null, null, 0, 0, "not json"));

        assertThat(alert.matchTime()).isNull();
        assertThat(alert.decisionId()).isEqualTo("A-0009");
        assertThat(alert.action()).isEmpty();
        assertThat(alert.recommendedAction()).isNull();
        assertThat(alert.category()).isEmpty();
    }
}
