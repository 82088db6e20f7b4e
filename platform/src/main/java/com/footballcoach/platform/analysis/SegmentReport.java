package com.footballcoach.platform.analysis;

import org.jspecify.annotations.Nullable;

/**
 * One {@code SEGMENT_DONE} of the engine, parsed.
 *
 * @param analysisJson the {@code analysis} object, as JSON text
 */
public record SegmentReport(int segmentIndex, @Nullable Double startSec, @Nullable Double endSec,
        @Nullable Double videoStartSec, @Nullable String analysisJson, @Nullable String recommendation,
        @Nullable Double severityScore, @Nullable String severityLabel, String status) {
}
