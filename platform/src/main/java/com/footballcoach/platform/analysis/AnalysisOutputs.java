package com.footballcoach.platform.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the engine produced, as its result says (never re-derived from file names). Paths are
 * relative to the output root, {@code /}-separated; empty when the engine did not produce the file.
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
