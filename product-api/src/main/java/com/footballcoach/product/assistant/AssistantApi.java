package com.footballcoach.product.assistant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The request and response bodies of the assistant routes (snake_case on the wire). */
final class AssistantApi {

    static final String ANALYSIS_MODE_MESSAGE = "Assistant unavailable during live match analysis.";

    private AssistantApi() {
    }

    /** {@code POST /api/assistant/query}. */
    record Query(@Nullable String question, @Nullable String teamId, @Nullable String matchId) {
    }

    /** Where a fact came from: a player, match, team, formation, glossary term or insight row. */
    record Source(String type, String id, String name) {
    }

    /**
     * The answer. The app reads {@code answer} unless the status is {@code analysis_mode}, then
     * {@code message}; errors carry both with the same text.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Response(String status, @Nullable String answer, @Nullable String message, @Nullable String intent,
            @Nullable List<Source> sources, @Nullable AnalyticsView analytics, @Nullable List<String> leftOut,
            @Nullable Boolean degraded, @Nullable String model, MetricResult.@Nullable View metric) {

        static Response ok(String answer, Intent intent, List<Source> sources, @Nullable AnalyticsView analytics,
                List<String> leftOut, boolean degraded, String model) {
            return new Response("ok", answer, null, intent.code(), sources, analytics,
                    leftOut.isEmpty() ? null : leftOut, degraded ? Boolean.TRUE : null, model, null);
        }

        /** The same answer with the metric layer's result (the query and the rows behind the answer). */
        Response withMetric(MetricResult.@Nullable View view) {
            return new Response(status, answer, message, intent, sources, analytics, leftOut, degraded, model, view);
        }

        static Response analysisMode() {
            return new Response("analysis_mode", null, ANALYSIS_MODE_MESSAGE, null, null, null, null, null, null, null);
        }

        static Response error(String message) {
            return new Response("error", message, message, null, null, null, null, null, null, null);
        }
    }

    /** {@code GET/POST /api/assistant/mode}. */
    record Mode(@Nullable String mode) {
    }
}
