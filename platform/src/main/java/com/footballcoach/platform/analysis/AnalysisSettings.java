package com.footballcoach.platform.analysis;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of analysis runs, shared by both apps.
 *
 * @param outputRoot    the one output root of both apps and the engine ({@code ANALYSIS_OUTPUT_ROOT});
 *                      uploads go to {@code uploads/}, the engine writes {@code <run id>/}
 * @param maxUpload     the largest accepted video ({@code ANALYSIS_MAX_UPLOAD}, default 4 GiB)
 * @param maxConcurrent runs one analysis instance drives at once ({@code ANALYSIS_MAX_CONCURRENT}, default 2)
 * @param staleAfter    a PROCESSING run whose heartbeat is older is marked FAILED "stale"
 *                      ({@code ANALYSIS_STALE_AFTER}, default 2 min)
 */
@ConfigurationProperties("coach.analysis")
public record AnalysisSettings(@Nullable Path outputRoot, @Nullable DataSize maxUpload, int maxConcurrent,
        @Nullable Duration staleAfter) {

    public AnalysisSettings {
        outputRoot = (outputRoot == null ? Path.of("var/analysis-output") : outputRoot).toAbsolutePath().normalize();
        maxUpload = maxUpload == null || maxUpload.toBytes() <= 0 ? DataSize.ofGigabytes(4) : maxUpload;
        maxConcurrent = maxConcurrent <= 0 ? 2 : maxConcurrent;
        staleAfter = staleAfter == null || staleAfter.isZero() || staleAfter.isNegative()
                ? Duration.ofMinutes(2) : staleAfter;
    }

    public Path root() {
        return java.util.Objects.requireNonNull(outputRoot);
    }

    public long maxUploadBytes() {
        return java.util.Objects.requireNonNull(maxUpload).toBytes();
    }

    public Duration stale() {
        return java.util.Objects.requireNonNull(staleAfter);
    }
}
