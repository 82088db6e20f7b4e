package com.footballcoach.platform.analysis;

import java.util.Locale;

/** The life of a run: QUEUED → PROCESSING → COMPLETED | FAILED | CANCELLED. */
public enum RunStatus {
    QUEUED, PROCESSING, COMPLETED, FAILED, CANCELLED;

    /**
     * Maps a status word of the engine or the earlier version: queued/pending → QUEUED,
     * processing/streaming/receiving → PROCESSING, completed/done → COMPLETED, failed/error →
     * FAILED, cancelled → CANCELLED, anything else → PROCESSING. Case-insensitive.
     */
    public static RunStatus fromWord(String word) {
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "queued", "pending" -> QUEUED;
            case "completed", "done" -> COMPLETED;
            case "failed", "error" -> FAILED;
            case "cancelled", "canceled" -> CANCELLED;
            default -> PROCESSING;
        };
    }

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
