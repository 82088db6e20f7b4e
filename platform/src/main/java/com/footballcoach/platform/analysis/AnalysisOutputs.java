package com.footballcoach.platform.analysis;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the engine produced, as its result says. Paths are relative to the output root,
 * {@code /}-separated; empty when the engine did not report the file. The proto has no fields
 * for the images, and an engine may write a file without reporting it: {@link #toMap(Path, String)}
 * adds every file of {@link #WELL_KNOWN_FILES} found in the run's folder under its well-known
 * name (as the original rebuilt outputs from the files on disk); a path the engine reported wins.
 */
public record AnalysisOutputs(
        int totalFrames,
        int playersTracked,
        double fps,
        double processingTimeSeconds,
        String trackingVideoPath,
        String trackingJsonPath,
        String backlineVideoPath,
        String heatmapVideoPath,
        String possessionAnalysisPath,
        String animationVideoPath,
        String tacticalAdvisoryPath) {

    /**
     * The output keys and the file names an engine writes them under in {@code <output root>/<run id>/}:
     * the simulator's names for the four files it has always written, the original engine's names
     * for the others.
     */
    public static final Map<String, String> WELL_KNOWN_FILES = wellKnownFiles();

    private static Map<String, String> wellKnownFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("tracking_video_path", "tracking_video.mp4");
        files.put("tracking_json_path", "tracking_data.json");
        files.put("backline_video_path", "backline.mp4");
        files.put("heatmap_video_path", "heatmap.mp4");
        files.put("possession_analysis_path", "possession_analysis.json");
        files.put("animation_video_path", "animation.mp4");
        files.put("tactical_advisory_path", "tactical_advisory.json");
        files.put("heatmap_image_path", "heatmap.png");
        files.put("all_players_grid_image_path", "all_players_grid.png");
        files.put("movement_trail_image_path", "movement_trail.png");
        files.put("possession_chart_image_path", "possession_analysis.png");
        return Collections.unmodifiableMap(files);
    }

    /**
     * The {@code outputs} object with what the engine reported, plus each well-known file that
     * exists as a regular file (not a symlink) in {@code <outputRoot>/<runId>/} and was not reported.
     */
    public Map<String, Object> toMap(Path outputRoot, String runId) {
        Map<String, Object> map = toMap();
        Map<String, Object> withFiles = new LinkedHashMap<>();
        Path folder = outputRoot.resolve(runId).normalize();
        boolean inside = folder.startsWith(outputRoot) && !folder.equals(outputRoot);
        for (Map.Entry<String, String> file : WELL_KNOWN_FILES.entrySet()) {
            Object reported = map.remove(file.getKey());
            if (reported != null) {
                withFiles.put(file.getKey(), reported);
            } else if (inside && Files.isRegularFile(folder.resolve(file.getValue()), LinkOption.NOFOLLOW_LINKS)) {
                withFiles.put(file.getKey(), runId + "/" + file.getValue());
            }
        }
        withFiles.putAll(map);
        return withFiles;
    }

    /** The {@code outputs} object of the API, with the keys the app reads; absent files are left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        putPath(map, "tracking_video_path", trackingVideoPath);
        putPath(map, "tracking_json_path", trackingJsonPath);
        putPath(map, "backline_video_path", backlineVideoPath);
        putPath(map, "heatmap_video_path", heatmapVideoPath);
        putPath(map, "possession_analysis_path", possessionAnalysisPath);
        putPath(map, "animation_video_path", animationVideoPath);
        putPath(map, "tactical_advisory_path", tacticalAdvisoryPath);
        map.put("total_frames", totalFrames);
        map.put("players_tracked", playersTracked);
        map.put("fps", fps);
        map.put("processing_time_seconds", processingTimeSeconds);
        return map;
    }

    private static void putPath(Map<String, Object> map, String key, String path) {
        if (!path.isBlank()) {
            map.put(key, path);
        }
    }
}
