package com.footballcoach.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.simulator.MatchScript.SegmentPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchScriptTest {

    private static final double NINETY_MINUTES = 90 * 60;

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 7_000_003, -99})
    void raisesRoughlyOneAlertEveryTwoToThreeSegments(long seed) {
        List<SegmentPlan> segments = MatchScript.plan(seed, NINETY_MINUTES, 15).segments();

        long alerts = segments.stream().filter(s -> s.alert().isPresent()).count();
        assertThat(segments).hasSize(360);
        assertThat(alerts).isBetween(360L / 4, 360L / 2);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 7_000_003, -99})
    void raisesAnAlertOnlyWhenTheSeverityCrossesTheThresholdAndTheMetricShowsIt(long seed) {
        List<SegmentPlan> segments = MatchScript.plan(seed, NINETY_MINUTES, 15).segments();

        double previous = 0;
        for (SegmentPlan segment : segments) {
            double severity = segment.report().severityScore();
            boolean crossed = severity >= MatchScript.ALERT_THRESHOLD && previous < MatchScript.ALERT_THRESHOLD;
            assertThat(segment.alert().isPresent()).as("segment %d", segment.report().segmentIndex()).isEqualTo(crossed);
            segment.alert().ifPresent(alert -> assertThat(metricCrossed(segment.report().analysis(), alert))
                    .as(alert.extras().triggerMetric()).isTrue());
            previous = severity;
        }
    }

    @Test
    void letsSeverityRiseAndFallOverTheVideo() {
        List<Double> severities = MatchScript.plan(5, NINETY_MINUTES, 15).segments().stream()
                .map(s -> s.report().severityScore()).toList();

        assertThat(severities).contains(severities.stream().max(Double::compare).orElseThrow());
        assertThat(severities.stream().filter(s -> s < 0.6).count()).isGreaterThan(100);
        assertThat(severities.stream().filter(s -> s >= 0.8).count()).isGreaterThan(10);
    }

    @Test
    void countsTriggersPerCategoryAndNumbersAlertsInOrder() {
        List<AlertPlan> alerts = MatchScript.plan(11, NINETY_MINUTES, 15).segments().stream()
                .map(SegmentPlan::alert).flatMap(Optional::stream).toList();

        Map<AlertPlan.Category, Integer> counts = new HashMap<>();
        for (int i = 0; i < alerts.size(); i++) {
            AlertPlan alert = alerts.get(i);
            assertThat(alert.alertId()).isEqualTo("A-%04d".formatted(i + 1));
            assertThat(alert.categoryTriggerCount()).isEqualTo(counts.merge(alert.category(), 1, Integer::sum));
        }
        assertThat(counts).containsKeys(AlertPlan.Category.values());
    }

    @Test
    void raisesFatigueAlertsOnlyLateInTheVideo() {
        List<SegmentPlan> segments = MatchScript.plan(3, NINETY_MINUTES, 15).segments();

        assertThat(segments).filteredOn(s -> s.alert().filter(a -> a.category() == AlertPlan.Category.FATIGUE)
                .isPresent()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.report().endSec()).isGreaterThan(0.6 * NINETY_MINUTES));
    }

    @Test
    void cutsTheVideoIntoWindowsWithAShorterLastOne() {
        List<SegmentPlan> segments = MatchScript.plan(1, 47, 15).segments();

        assertThat(segments).extracting(s -> s.report().endSec()).containsExactly(15.0, 30.0, 45.0, 47.0);
        assertThat(MatchScript.segmentCount(45, 15)).isEqualTo(3);
        assertThat(MatchScript.segmentCount(3, 15)).isEqualTo(1);
    }

    @Test
    void writesVideoClockAsMinutesAndSeconds() {
        assertThat(MatchScript.clock(0)).isEqualTo("00:00");
        assertThat(MatchScript.clock(75.9)).isEqualTo("01:15");
        assertThat(MatchScript.clock(5400)).isEqualTo("90:00");
    }

    private static boolean metricCrossed(SegmentReport.Analysis analysis, AlertPlan alert) {
        return switch (alert.category()) {
            case PRESSING -> analysis.pressingIntensity() < 0.35;
            case COMPACTNESS -> analysis.compactnessM() > 35;
            case FLANK -> analysis.backlineGapsTeamA() >= 3;
            case FATIGUE -> analysis.fatigueIndex() > 0.7;
            case TRANSITION -> analysis.transitionExposure() > 0.6;
        };
    }
}
