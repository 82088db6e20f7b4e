package com.footballcoach.platform.analysis;

import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One analysis run, as stored in {@code analysis_runs}. Paths are relative to the output root. */
public record Run(
        String id,
        String matchId,
        @Nullable String teamId,
        @Nullable String userId,
        @Nullable String retryOf,
        @Nullable String inputVideoName,
        String inputVideoPath,
        @Nullable String inputSha256,
        @Nullable Long inputSizeBytes,
        int frameLimit,
        boolean skipJson,
        double confidenceThreshold,
        RunStatus status,
        double progress,
        @Nullable String message,
        @Nullable String error,
        Map<String, Object> outputs,
        boolean cancelled,
        int attempt,
        @Nullable String ownerInstance,
        @Nullable LocalDateTime heartbeatAt,
        LocalDateTime submittedAt,
        @Nullable LocalDateTime startedAt,
        @Nullable LocalDateTime completedAt) {
}
