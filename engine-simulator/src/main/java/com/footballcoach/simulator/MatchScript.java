package com.footballcoach.simulator;

import com.footballcoach.simulator.AlertPlan.Category;
import com.footballcoach.simulator.SegmentReport.Analysis;
import com.footballcoach.simulator.SegmentReport.TeamSeverity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The deterministic story of one analysed video: per window of video, the tactical metrics of
 * both teams and, when a metric of team A crosses its threshold, an alert.
 *
 * <p>The story is a series of episodes: team A's tactical "pressure" (its segment severity)
 * builds up towards an episode, peaks above 0.6 where one metric crosses its threshold (one
 * alert), then falls back once the decision works, or stays high for one more window when it
 * does not. Episodes are two or three windows apart, so there is roughly one alert every two or
 * three segments. Fatigue episodes only happen in the last 40% of the video.
 */
final class MatchScript {

    static final double ALERT_THRESHOLD = 0.6;

    private final List<SegmentPlan> segments;

    private MatchScript(List<SegmentPlan> segments) {
        this.segments = List.copyOf(segments);
    }

    /** One window of video: its report and maybe an alert. */
    record SegmentPlan(SegmentReport report, Optional<AlertPlan> alert) {
    }

    List<SegmentPlan> segments() {
        return segments;
    }

    /**
     * Plans the windows of {@code analysedSeconds} of video.
     *
     * @param seed            derived from the run id and the video, so a rerun tells the same story
     * @param analysedSeconds seconds of video analysed, > 0
     * @param segmentSeconds  length of a window
     */
    static MatchScript plan(long seed, double analysedSeconds, double segmentSeconds) {
        Random random = new Random(seed);
        int count = segmentCount(analysedSeconds, segmentSeconds);
        double basePossessionA = 42 + random.nextDouble() * 16;
        int nextEpisode = Math.min(1 + random.nextInt(2), count - 1);
        double previousPressure = 0.3;
        boolean previousEpisode = false;
        Category ongoing = Category.PRESSING;
        Map<Category, Integer> triggers = new EnumMap<>(Category.class);
        int alerts = 0;
        List<SegmentPlan> plans = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            double start = index * segmentSeconds;
            double end = Math.min(analysedSeconds, start + segmentSeconds);
            double lateness = end / analysedSeconds;
            double pressure;
            Category dominant;
            boolean raiseAlert = false;
            if (index == nextEpisode) {
                pressure = ALERT_THRESHOLD + 0.02 + random.nextDouble() * 0.33;
                dominant = pickCategory(random, lateness);
                raiseAlert = true;
                nextEpisode = index + 2 + random.nextInt(2);
            } else if (previousEpisode && random.nextDouble() < 0.3) {
                // The decision did not work yet: the problem persists, no new crossing.
                pressure = Math.max(ALERT_THRESHOLD + 0.01, previousPressure - 0.05 - random.nextDouble() * 0.05);
                dominant = ongoing;
                nextEpisode = Math.max(nextEpisode, index + 2);
            } else {
                int gap = Math.max(1, nextEpisode - index);
                double buildUp = gap == 1 ? 0.45 : 0.3;
                pressure = Math.min(0.57, buildUp + random.nextDouble() * 0.12);
                dominant = pickCategory(random, lateness);
            }
            ongoing = dominant;
            previousEpisode = pressure >= ALERT_THRESHOLD;
            previousPressure = pressure;

            Analysis analysis = analysis(random, pressure, dominant, lateness, basePossessionA);
            double severity = round(pressure, 2);
            String recommendation = pressure >= ALERT_THRESHOLD
                    ? dominant.action() + ". " + dominant.recommendedAction()
                    : "Keep the shape and the distances; no change needed in this phase.";
            SegmentReport report = new SegmentReport(index, round(start, 2), round(end, 2), round(start, 2),
                    analysis, recommendation, severity, severityLabel(severity), "SEGMENT_DONE");

            Optional<AlertPlan> alert = Optional.empty();
            if (raiseAlert) {
                alerts++;
                int categoryCount = triggers.merge(dominant, 1, Integer::sum);
                String id = "%04d".formatted(alerts);
                alert = Optional.of(new AlertPlan("A-" + id, clock(start) + "-" + clock(end), severity,
                        severityLabel(severity), dominant, "ACTIVE", (int) Math.round(2 * segmentSeconds),
                        categoryCount, new AlertPlan.Extras("D-" + id, round(end, 2), dominant.triggerMetric(),
                                dominant.recommendedAction())));
            }
            plans.add(new SegmentPlan(report, alert));
        }
        return new MatchScript(plans);
    }

    static int segmentCount(double analysedSeconds, double segmentSeconds) {
        return Math.max(1, (int) Math.ceil(analysedSeconds / segmentSeconds - 1e-9));
    }

    static String severityLabel(double score) {
        if (score < 0.35) {
            return "LOW";
        }
        if (score < ALERT_THRESHOLD) {
            return "MEDIUM";
        }
        return score < 0.8 ? "HIGH" : "CRITICAL";
    }

    /** "MM:SS" of a second of video; minutes go past 59 for long videos, as the engine does. */
    static String clock(double seconds) {
        long whole = (long) Math.floor(seconds);
        return "%02d:%02d".formatted(whole / 60, whole % 60);
    }

    private static Category pickCategory(Random random, double lateness) {
        if (lateness > 0.6 && random.nextDouble() < 0.4) {
            return Category.FATIGUE;
        }
        Category[] open = {Category.PRESSING, Category.COMPACTNESS, Category.FLANK, Category.TRANSITION};
        return open[random.nextInt(open.length)];
    }

    /**
     * The metrics of a window. The metric of the dominant problem sits exactly on its threshold
     * when the pressure is 0.6 and beyond it above; the other metrics stay on the safe side.
     */
    private static Analysis analysis(Random random, double pressure, Category dominant, double lateness,
            double basePossessionA) {
        double over = pressure - ALERT_THRESHOLD;
        double noise = random.nextDouble() - 0.5;
        double pressing = dominant == Category.PRESSING
                ? 0.35 - over * 0.8
                : 0.45 + 0.25 * (1 - pressure) + noise * 0.04;
        double compactness = dominant == Category.COMPACTNESS
                ? 35 + over * 30
                : 24 + 8 * pressure + noise * 2;
        int gapsA = dominant == Category.FLANK
                ? (int) Math.floor(3 + over * 6 + 1e-9)
                : (int) Math.floor(pressure * 2.5);
        int gapsB = random.nextInt(3);
        double fatigue = dominant == Category.FATIGUE
                ? 0.7 + over * 0.75
                : 0.2 + 0.35 * lateness + noise * 0.04;
        double transition = dominant == Category.TRANSITION
                ? 0.6 + over
                : 0.2 + 0.3 * pressure + noise * 0.04;
        double possessionA = Math.max(25, Math.min(75, basePossessionA - 14 * (pressure - 0.5) + noise * 6));
        double entropy = 0.55 + random.nextDouble() * 0.35;
        double severityB = Math.max(0.05, Math.min(0.95, 0.75 - 0.6 * pressure + (random.nextDouble() - 0.5) * 0.1));
        double severityA = round(pressure, 2);
        severityB = round(severityB, 2);
        return new Analysis(
                round(possessionA, 1), round(100 - round(possessionA, 1), 1), gapsA, gapsB, round(entropy, 3),
                round(clamp01(pressing), 2), round(compactness, 1), round(clamp01(fatigue), 2),
                round(clamp01(transition), 2),
                new TeamSeverity(severityLabel(severityA), severityA),
                new TeamSeverity(severityLabel(severityB), severityB),
                narrative(dominant, pressure, pressing, compactness, gapsA, fatigue, transition),
                tagsA(dominant, pressure),
                possessionA < 45 ? List.of("ball_dominant", "patient_build_up") : List.of("direct_play"));
    }

    private static String narrative(Category dominant, double pressure, double pressing, double compactness,
            int gapsA, double fatigue, double transition) {
        if (pressure < ALERT_THRESHOLD) {
            return "Team A holds its shape; distances between the lines stay under control.";
        }
        return switch (dominant) {
            case PRESSING -> "Team A's pressing has dropped to %.2f; team B builds through midfield unopposed."
                    .formatted(clamp01(pressing));
            case COMPACTNESS -> "Team A's block is stretched to %.0f m; team B finds the space between the lines."
                    .formatted(compactness);
            case FLANK -> "%d gaps open in team A's back line; team B overloads the flank.".formatted(gapsA);
            case FATIGUE -> "Team A's sprint output is falling (fatigue %.2f); second balls are lost."
                    .formatted(clamp01(fatigue));
            case TRANSITION -> "Team A is exposed after losing the ball (exposure %.2f); team B counters fast."
                    .formatted(clamp01(transition));
        };
    }

    private static List<String> tagsA(Category dominant, double pressure) {
        if (pressure < ALERT_THRESHOLD) {
            return List.of("compact_block");
        }
        return switch (dominant) {
            case PRESSING -> List.of("low_press", "passive_front_line");
            case COMPACTNESS -> List.of("stretched_block", "space_between_lines");
            case FLANK -> List.of("flank_exposed", "backline_gaps");
            case FATIGUE -> List.of("fatigue", "dropping_intensity");
            case TRANSITION -> List.of("counter_exposed", "poor_rest_defence");
        };
    }

    private static double clamp01(double value) {
        return Math.max(0, Math.min(1, value));
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
