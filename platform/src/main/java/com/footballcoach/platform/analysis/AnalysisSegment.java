package com.footballcoach.platform.analysis;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A stored segment, as the app reads it ({@code segment_index} a JSON integer, {@code analysis_json} an object). */
public record AnalysisSegment(String id, String analysisId, String matchId, int segmentIndex,
        @Nullable Double startSec, @Nullable Double endSec, @Nullable Double videoStartSec,
        Map<String, Object> analysisJson, @Nullable String recommendation, @Nullable Double severityScore,
        String severityLabel, String status) {
}
