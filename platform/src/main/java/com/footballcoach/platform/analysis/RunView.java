package com.footballcoach.platform.analysis;

import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A run as the analysis API shows it ({@code /api/analysis_status/{id}}, history items): the
 * keys the app's {@code AnalysisReport} reads, {@code progress} a JSON number 0..1.
 */
public record RunView(String analysisId, String matchId, @Nullable String inputVideoName, String status,
        double progress, @Nullable String message, Map<String, Object> outputs, LocalDateTime submittedAt,
        @Nullable LocalDateTime startedAt, @Nullable LocalDateTime completedAt, @Nullable String error, int attempt,
        @Nullable String retryOf, @Nullable String inputSha256, @Nullable Long inputSizeBytes) {

    public static RunView of(Run run) {
        return new RunView(run.id(), run.matchId(), run.inputVideoName(), run.status().name(), run.progress(),
                run.message(), run.outputs(), run.submittedAt(), run.startedAt(), run.completedAt(), run.error(),
                run.attempt(), run.retryOf(), run.inputSha256(), run.inputSizeBytes());
    }
}
