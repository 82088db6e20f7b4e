package com.footballcoach.product.assistant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code analytics} block of an answer: the SQL result behind it, the players left out and
 * why, and the {@code tactical_insights} rows it was stored as.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AnalyticsView(String kind, String metric, @Nullable Integer lastMatches, List<Row> rows,
        int leftOutCount, List<String> leftOut, @Nullable String leftOutReason, List<String> insightIds,
        List<TacticalMemory.Recollection> memory) {

    /** One ranked subject (a player or a formation). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(int rank, String subjectType, String subjectId, String name, String teamId, @Nullable String teamName,
            int matches, double value, @Nullable Double recentMean, @Nullable Double previousMean,
            @Nullable Double delta) {
    }
}
