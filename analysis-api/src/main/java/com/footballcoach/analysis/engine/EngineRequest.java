package com.footballcoach.analysis.engine;

/**
 * What one analysis call asks of the engine.
 *
 * @param videoPath relative to the shared output root (or absolute)
 * @param runId     travels in the request's {@code match_id} (historic name)
 */
public record EngineRequest(String videoPath, String runId, int frameLimit, boolean skipJson,
        double confidenceThreshold) {
}
