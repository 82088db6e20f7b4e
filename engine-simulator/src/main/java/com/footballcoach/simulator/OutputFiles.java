package com.footballcoach.simulator;

import com.footballcoach.simulator.MatchScript.SegmentPlan;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the engine's output files of one run under {@code outputRoot/<run id>/}, each one
 * atomically (a temporary file in the same folder, then a move), so a reader never sees half a
 * file.
 */
final class OutputFiles {

    static final String TRACKING_VIDEO = "tracking_video.mp4";
    static final String TRACKING_DATA = "tracking_data.json";
    static final String POSSESSION = "possession_analysis.json";
    static final String ADVISORY = "tactical_advisory.json";
    /** The other files, under the original engine's names (docs/tracking-engine-contract.md). */
    static final String HEATMAP_VIDEO = "heatmap.mp4";
    static final String BACKLINE_VIDEO = "backline.mp4";
    static final String ANIMATION_VIDEO = "animation.mp4";
    static final String HEATMAP_IMAGE = "heatmap.png";
    static final String PLAYERS_GRID_IMAGE = "all_players_grid.png";
    static final String MOVEMENT_TRAIL_IMAGE = "movement_trail.png";
    static final String POSSESSION_CHART_IMAGE = "possession_analysis.png";

    static final double PITCH_LENGTH = 105;
    static final double PITCH_WIDTH = 68;

    private final JsonMapper json;
    private final Path outputRoot;

    OutputFiles(JsonMapper json, Path outputRoot) {
        this.json = json;
        this.outputRoot = outputRoot;
    }

    /**
     * Paths of the written files that the result reports, relative to the output root, with
     * forward slashes. The images are written too but the result has no fields for them: the
     * analysis API finds them in the run folder by their names.
     */
    record Written(String trackingVideo, String trackingData, String possession, String advisory,
            String heatmapVideo, String backlineVideo, String animationVideo) {
    }

    /** One tracked second: {@code players[i] = {x, y}} in metres (0..10 team A, 11..21 team B), the ball. */
    record Frame(int second, int frame, double[][] players, double[] ball) {
    }

    /** What the run knows about the video and the request, echoed into the tracking metadata. */
    record Metadata(
            String runId,
            String videoPath,
            double durationSec,
            boolean durationKnown,
            double analysedSec,
            double fps,
            int totalFrames,
            int frameLimit,
            double confidenceThreshold,
            double ballConfidence,
            int maxLostFrames,
            boolean enableReid,
            String targetTeam,
            int cameraCount,
            String cameraType,
            boolean calibrationGiven,
            boolean roiGiven,
            String generatedBy) {
    }

    /**
     * Writes the files, checking {@code cancelled} before each one.
     *
     * @return the relative paths, or empty when the run was cancelled on the way
     */
    Optional<Written> write(String runId, Path video, Metadata metadata, MatchScript script, long seed,
            boolean skipJson, BooleanSupplier cancelled) throws IOException {
        Path folder = outputRoot.resolve(runId);
        Files.createDirectories(folder);
        if (cancelled.getAsBoolean()) {
            return Optional.empty();
        }
        copyAtomically(video, folder.resolve(TRACKING_VIDEO));
        List<Frame> frames = frames(metadata, seed);
        String trackingData = "";
        if (!skipJson) {
            if (cancelled.getAsBoolean()) {
                return Optional.empty();
            }
            writeJsonAtomically(folder.resolve(TRACKING_DATA), trackingData(metadata, frames));
            trackingData = relative(runId, TRACKING_DATA);
        }
        if (cancelled.getAsBoolean()) {
            return Optional.empty();
        }
        Map<String, Object> possession = possession(runId, script);
        writeJsonAtomically(folder.resolve(POSSESSION), possession);
        if (cancelled.getAsBoolean()) {
            return Optional.empty();
        }
        writeJsonAtomically(folder.resolve(ADVISORY), advisory(script));
        Map<String, VideoWriter> videos = new LinkedHashMap<>();
        videos.put(HEATMAP_VIDEO, file -> OutputVideos.heatmap(file, frames));
        videos.put(BACKLINE_VIDEO, file -> OutputVideos.backline(file, frames));
        videos.put(ANIMATION_VIDEO, file -> OutputVideos.animation(file, frames));
        for (Map.Entry<String, VideoWriter> output : videos.entrySet()) {
            if (cancelled.getAsBoolean()) {
                return Optional.empty();
            }
            writeVideoAtomically(folder.resolve(output.getKey()), output.getValue());
        }
        Map<String, Supplier<BufferedImage>> images = new LinkedHashMap<>();
        images.put(HEATMAP_IMAGE, () -> OutputImages.heatmap(frames));
        images.put(PLAYERS_GRID_IMAGE, () -> OutputImages.playerGrid(frames));
        images.put(MOVEMENT_TRAIL_IMAGE, () -> OutputImages.movementTrail(frames));
        images.put(POSSESSION_CHART_IMAGE,
                () -> OutputImages.possessionChart(script, ((Number) possession.get("team_a_pct")).doubleValue()));
        for (Map.Entry<String, Supplier<BufferedImage>> image : images.entrySet()) {
            if (cancelled.getAsBoolean()) {
                return Optional.empty();
            }
            writePngAtomically(folder.resolve(image.getKey()), image.getValue().get());
        }
        return Optional.of(new Written(relative(runId, TRACKING_VIDEO), trackingData, relative(runId, POSSESSION),
                relative(runId, ADVISORY), relative(runId, HEATMAP_VIDEO), relative(runId, BACKLINE_VIDEO),
                relative(runId, ANIMATION_VIDEO)));
    }

    private static String relative(String runId, String file) {
        return runId + "/" + file;
    }

    /** One frame per second of analysed video: 22 players drifting around a 4-4-2 each, and the ball. */
    static List<Frame> frames(Metadata metadata, long seed) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        double[][] home = formation(false);
        double[][] away = formation(true);
        int seconds = Math.max(1, (int) Math.ceil(metadata.analysedSec()));
        List<Frame> frames = new ArrayList<>(seconds);
        double ballX = PITCH_LENGTH / 2;
        double ballY = PITCH_WIDTH / 2;
        for (int second = 0; second < seconds; second++) {
            double shift = Math.sin(second / 12.0) * 12;
            double[][] players = new double[22][];
            for (int i = 0; i < 22; i++) {
                double[] slot = i < 11 ? home[i] : away[i - 11];
                double x = clamp(slot[0] + shift + (random.nextDouble() - 0.5) * 6, 0, PITCH_LENGTH);
                double y = clamp(slot[1] + (random.nextDouble() - 0.5) * 6, 0, PITCH_WIDTH);
                players[i] = new double[] {MatchScript.round(x, 2), MatchScript.round(y, 2)};
            }
            ballX = clamp(ballX + (random.nextDouble() - 0.5) * 14, 0, PITCH_LENGTH);
            ballY = clamp(ballY + (random.nextDouble() - 0.5) * 10, 0, PITCH_WIDTH);
            frames.add(new Frame(second, (int) Math.round(second * metadata.fps()), players,
                    new double[] {MatchScript.round(ballX, 2), MatchScript.round(ballY, 2)}));
        }
        return frames;
    }

    private static Map<String, Object> trackingData(Metadata metadata, List<Frame> frames) {
        List<Map<String, Object>> json = new ArrayList<>(frames.size());
        for (Frame frame : frames) {
            List<Map<String, Object>> players = new ArrayList<>(frame.players().length);
            for (int i = 0; i < frame.players().length; i++) {
                Map<String, Object> player = new LinkedHashMap<>();
                player.put("id", i + 1);
                player.put("x", frame.players()[i][0]);
                player.put("y", frame.players()[i][1]);
                player.put("team", i < 11 ? "A" : "B");
                players.add(player);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("frame", frame.frame());
            entry.put("time_sec", frame.second());
            entry.put("players", players);
            entry.put("ball", Map.of("x", frame.ball()[0], "y", frame.ball()[1]));
            json.add(entry);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("metadata", metadata);
        root.put("frames", json);
        return root;
    }

    private static double[][] formation(boolean mirrored) {
        double[][] slots = {
            {5, 34}, {20, 10}, {18, 27}, {18, 41}, {20, 58},
            {38, 12}, {35, 28}, {35, 40}, {38, 56}, {48, 26}, {48, 42}};
        if (mirrored) {
            for (double[] slot : slots) {
                slot[0] = PITCH_LENGTH - slot[0];
            }
        }
        return slots;
    }

    private static Map<String, Object> possession(String runId, MatchScript script) {
        List<Map<String, Object>> segments = new ArrayList<>();
        double weightedA = 0;
        double total = 0;
        for (SegmentPlan plan : script.segments()) {
            SegmentReport report = plan.report();
            double length = report.endSec() - report.startSec();
            weightedA += report.analysis().possessionTeamAPct() * length;
            total += length;
            Map<String, Object> segment = new LinkedHashMap<>();
            segment.put("segment_index", report.segmentIndex());
            segment.put("start_sec", report.startSec());
            segment.put("end_sec", report.endSec());
            segment.put("team_a_pct", report.analysis().possessionTeamAPct());
            segment.put("team_b_pct", report.analysis().possessionTeamBPct());
            segments.add(segment);
        }
        double teamA = total > 0 ? MatchScript.round(weightedA / total, 1) : 50;
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("run_id", runId);
        root.put("team_a_pct", teamA);
        root.put("team_b_pct", MatchScript.round(100 - teamA, 1));
        root.put("segments", segments);
        return root;
    }

    private static Map<String, Object> advisory(MatchScript script) {
        List<Map<String, Object>> advisories = new ArrayList<>();
        List<Map<String, Object>> issues = new ArrayList<>();
        for (SegmentPlan plan : script.segments()) {
            SegmentReport report = plan.report();
            double confidence = MatchScript.round(0.6 + 0.35 * (1 - Math.abs(report.severityScore() - 0.5)), 2);
            String impact = report.severityScore() >= MatchScript.ALERT_THRESHOLD
                    ? "Expected to bring the severity back under 0.6 within two segments."
                    : "Keeps the current balance.";
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("confidence", confidence);
            output.put("confidence_level", confidence);
            output.put("analysis", report.analysis().tacticalNarrative());
            output.put("recommendation", report.recommendation());
            output.put("impact", impact);
            output.put("expected_impact", impact);
            Map<String, Object> advisory = new LinkedHashMap<>();
            advisory.put("segment_index", report.segmentIndex());
            advisory.put("start_sec", report.startSec());
            advisory.put("end_sec", report.endSec());
            advisory.put("advisor_output", output);
            advisories.add(advisory);
            plan.alert().ifPresent(alert -> {
                Map<String, Object> issue = new LinkedHashMap<>();
                issue.put("alert_id", alert.alertId());
                issue.put("segment_index", report.segmentIndex());
                issue.put("timestamp", alert.timestamp());
                issue.put("category", alert.category().name());
                issue.put("decision_type", alert.category().decisionType());
                issue.put("severity_score", alert.severityScore());
                issue.put("severity_label", alert.severityLabel());
                issue.put("trigger_metric", alert.extras().triggerMetric());
                issue.put("description", report.analysis().tacticalNarrative());
                issues.add(issue);
            });
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("detected_issues", issues);
        metrics.put("total_alerts", issues.size());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("advisories", advisories);
        root.put("decision_metrics", metrics);
        return root;
    }

    private void writeJsonAtomically(Path target, Object value) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            json.writeValue(temp.toFile(), value);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Draws one of the run's videos ({@link OutputVideos}) into a file. */
    @FunctionalInterface
    private interface VideoWriter {
        void write(Path file) throws IOException;
    }

    private static void writeVideoAtomically(Path target, VideoWriter writer) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            writer.write(temp);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writePngAtomically(Path target, BufferedImage image) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("No PNG writer for " + target.getFileName());
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copyAtomically(Path source, Path target) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException ex) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
