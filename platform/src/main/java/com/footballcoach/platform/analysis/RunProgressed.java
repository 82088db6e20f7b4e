package com.footballcoach.platform.analysis;

import org.jspecify.annotations.Nullable;

/** A run's persisted progress changed (throttled: not every engine packet becomes one). */
public record RunProgressed(String analysisId, String matchId, String status, double progress,
        @Nullable String message) {
}
