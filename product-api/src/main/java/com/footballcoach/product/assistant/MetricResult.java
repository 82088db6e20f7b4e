package com.footballcoach.product.assistant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link MetricRepository} found for a {@link MetricQuery}: each subject with its aggregates
 * (in the order of the operation: best first for a ranking) and the rows behind them, one per
 * match. Every number in an answer of the metric layer is one of these.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MetricResult(@JsonIgnore MetricQuery query, List<Subject> subjects) {

    /** A subject's aggregates over the window, and its rows. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Subject(String id, String name, String type, @Nullable String position, int place, int matches,
            double total, double average, double maximum, double minimum, @Nullable Double recent,
            @Nullable Double earlier, int recentMatches, List<Row> rows) {

        /** The aggregate the operation asks for. */
        double value(MetricQuery.Operation operation, Metric metric) {
            return switch (operation) {
                case TOTAL -> total;
                case AVERAGE -> average;
                case MAXIMUM -> maximum;
                case MINIMUM -> minimum;
                case TREND -> recent == null || earlier == null ? 0 : recent - earlier;
                case RANKING, COMPARISON -> metric.additive() ? total : metric.code().equals("max_speed") ? maximum : average;
            };
        }
    }

    /** One row of the grain: a subject's value in one match. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String matchId, LocalDate date, String opponent, boolean home, int goalsFor, int goalsAgainst,
            double value) {

        /** "at Harbour United" or "vs Harbour United". */
        String where() {
            return (home ? "vs " : "at ") + opponent;
        }

        String score() {
            return goalsFor + "-" + goalsAgainst;
        }
    }

    boolean isEmpty() {
        return subjects.isEmpty();
    }

    /** The view of the result the {@code analytics} block carries. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record View(String kind, String metric, String grain, String subject, String operation,
            @Nullable Integer lastMatches, List<Subject> subjects) {
    }

    View view() {
        return new View("metric", query.metric().code(), query.metric().grain().code(), query.subject().code(),
                query.operation().code(), query.window().lastMatches(), subjects);
    }
}
