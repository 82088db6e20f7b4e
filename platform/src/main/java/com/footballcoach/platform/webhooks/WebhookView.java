package com.footballcoach.platform.webhooks;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An endpoint as listed (never with its secret). */
public record WebhookView(String id, String url, List<String> events, boolean enabled, int consecutiveFailures,
        @Nullable Instant disabledAt, @Nullable String disabledReason, Instant createdAt) {
}
