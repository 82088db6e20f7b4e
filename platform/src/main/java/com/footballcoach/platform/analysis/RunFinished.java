package com.footballcoach.platform.analysis;

import org.jspecify.annotations.Nullable;

/**
 * A run reached a terminal status: COMPLETED, FAILED (also "stale: ...") or CANCELLED.
 * The worker holding a cancelled run cancels its engine call on this event.
 */
public record RunFinished(String analysisId, String matchId, String status, @Nullable String message) {
}
