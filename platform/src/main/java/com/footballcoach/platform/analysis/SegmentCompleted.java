package com.footballcoach.platform.analysis;


/** The engine finished a window of video; the segment row is stored (SSE clients get it). */
public record SegmentCompleted(String analysisId, String matchId, AnalysisSegment segment) {
}
