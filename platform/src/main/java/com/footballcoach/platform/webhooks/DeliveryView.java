package com.footballcoach.platform.webhooks;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One delivery of the log, with every attempt. {@code status}: pending (queued or waiting for a
 * retry at {@code next_attempt_at}), delivered, or failed (retries exhausted).
 */
public record DeliveryView(String id, String eventType, String status, int attempts, Instant createdAt,
        Instant nextAttemptAt, @Nullable Instant lastAttemptAt, @Nullable Integer lastStatusCode,
        @Nullable String lastError, @Nullable Instant deliveredAt, List<AttemptView> attemptLog, String payload) {

    /** One attempt: when, the endpoint's status code (none when it did not answer), the error, how long. */
    public record AttemptView(int attempt, Instant attemptedAt, @Nullable Integer statusCode, @Nullable String error,
            long durationMs) {
    }
}
