package com.footballcoach.platform.webhooks;

import java.time.Instant;
import java.util.List;

/** The answer to a creation: the only time the secret is shown. */
public record CreatedWebhook(String id, String url, List<String> events, String secret, boolean enabled,
        Instant createdAt) {
}
