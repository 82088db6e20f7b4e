package com.footballcoach.platform.webhooks;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Webhook delivery.
 *
 * @param allowPrivate   deliver to private, loopback and link-local addresses too
 *                       ({@code WEBHOOK_ALLOW_PRIVATE}, default false: refused, SSRF)
 * @param worker         run the delivery worker in this app ({@code WEBHOOK_WORKER}, default true;
 *                       safe in several apps and instances at once)
 * @param threads        deliveries sent at once per app ({@code WEBHOOK_THREADS}, default 4)
 * @param pollInterval   how often the worker looks for due deliveries ({@code WEBHOOK_POLL_INTERVAL}, 1s)
 * @param connectTimeout connect timeout per attempt ({@code WEBHOOK_CONNECT_TIMEOUT}, 5s)
 * @param timeout        time for the whole answer per attempt ({@code WEBHOOK_TIMEOUT}, 10s)
 * @param retryFor       retries stop this long after the first attempt ({@code WEBHOOK_RETRY_FOR}, 24h)
 * @param maxFailures    consecutive failed attempts after which an endpoint is disabled
 *                       ({@code WEBHOOK_MAX_FAILURES}, default 20)
 */
@ConfigurationProperties("coach.webhooks")
public record WebhookSettings(Boolean allowPrivate, Boolean worker, Integer threads, Duration pollInterval,
        Duration connectTimeout, Duration timeout, Duration retryFor, Integer maxFailures) {

    public WebhookSettings {
        allowPrivate = allowPrivate != null && allowPrivate;
        worker = worker == null || worker;
        threads = threads == null || threads < 1 ? 4 : threads;
        pollInterval = positive(pollInterval, Duration.ofSeconds(1));
        connectTimeout = positive(connectTimeout, Duration.ofSeconds(5));
        timeout = positive(timeout, Duration.ofSeconds(10));
        retryFor = positive(retryFor, Duration.ofHours(24));
        maxFailures = maxFailures == null || maxFailures < 1 ? 20 : maxFailures;
    }

    private static Duration positive(@Nullable Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
