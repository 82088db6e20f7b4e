package com.footballcoach.platform.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox. Every {@code WEBHOOK_POLL_INTERVAL} it leases as many due deliveries as it has
 * free senders ({@code WEBHOOK_THREADS}) with one atomic UPDATE, so that several instances and both
 * apps may run it at once and each delivery goes to one of them; a lease outlives the longest
 * attempt, and a lease of an instance that died runs out and the delivery is sent again. Sending
 * runs on its own bounded pool with connect and answer timeouts, never on a request or ingest
 * thread. A 2xx answer delivers; anything else is retried after 5 s, 30 s, 2 min, 10 min, 30 min,
 * 1 h, then hourly, until {@code WEBHOOK_RETRY_FOR} after the first attempt; the endpoint is
 * disabled after {@code WEBHOOK_MAX_FAILURES} consecutive failed attempts or an exhausted delivery.
 */
@Component
public class WebhookWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);
    private static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1));
    private static final int MAX_ERROR = 500;

    private final WebhookRepository repository;
    private final WebhookTargets targets;
    private final WebhookSettings settings;
    private final Clock clock;
    private final HttpClient http;
    private final String instance = "webhooks-" + UUID.randomUUID();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile @Nullable ScheduledExecutorService timer;
    private volatile @Nullable ExecutorService senders;

    WebhookWorker(WebhookRepository repository, WebhookTargets targets, WebhookSettings settings, Clock clock) {
        this.repository = repository;
        this.targets = targets;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The wait after the given number of failed attempts (1 = the first failure). */
    static Duration backoff(int failures) {
        return BACKOFF.get(Math.min(Math.max(failures, 1), BACKOFF.size()) - 1);
    }

    /**
     * Sends every delivery due at {@code now} on the calling thread and returns how many were
     * attempted. The worker's timer does the same on its own threads; this is for operations and
     * tests that move time.
     */
    public int deliverDue(Instant now) {
        int sent = 0;
        List<Lease> claimed;
        do {
            claimed = claim(now, settings.threads());
            for (Lease lease : claimed) {
                send(lease, now);
            }
            sent += claimed.size();
        } while (!claimed.isEmpty());
        return sent;
    }

    /** A delivery leased to one claim of this instance. */
    private record Lease(String owner, WebhookRepository.Claimed delivery) {
    }

    private List<Lease> claim(Instant now, int max) {
        String owner = instance + ":" + UUID.randomUUID().toString().substring(0, 8);
        Duration lease = settings.connectTimeout().plus(settings.timeout()).plusSeconds(30);
        if (repository.claim(owner, now, now.plus(lease), max) == 0) {
            return List.of();
        }
        return repository.findAllClaimed(owner).stream().map(delivery -> new Lease(owner, delivery)).toList();
    }

    private void tick() {
        int free = settings.threads() - inFlight.get();
        ExecutorService pool = senders;
        if (free <= 0 || pool == null) {
            return;
        }
        Instant now = clock.instant();
        for (Lease lease : claim(now, free)) {
            inFlight.incrementAndGet();
            pool.execute(() -> {
                try {
                    send(lease, clock.instant());
                } catch (RuntimeException e) {
                    log.warn("Webhook delivery {} could not be stored; its lease runs out and it is sent again",
                            lease.delivery().id(), e);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }
    }

    /** One attempt: sign, post, record the attempt and the outcome (under the lease). */
    private void send(Lease lease, Instant now) {
        WebhookRepository.Claimed delivery = lease.delivery();
        String owner = lease.owner();
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            URI uri = targets.check(delivery.url());
            long timestamp = now.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                    .header("content-type", "application/json")
                    .header("user-agent", "FootballCoach-Webhooks/1")
                    .header("webhook-id", delivery.id())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSigner.sign(delivery.secret(), delivery.id(), timestamp,
                            delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status < 200 || status > 299) {
                error = "HTTP " + status;
            }
        } catch (WebhookTargets.Refused refused) {
            error = "refused: " + refused.getMessage();
        } catch (HttpTimeoutException e) {
            error = "timeout: " + e.getMessage();
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        int attempt = delivery.attempts() + 1;
        String shortError = error == null ? null : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        repository.insertAttempt(new WebhookRepository.Attempt(delivery.id(), attempt, now, status, shortError, millis));
        if (error == null) {
            repository.storeOutcome(delivery.id(), owner, now, "delivered", null, status, null);
            repository.resetFailures(delivery.endpointId());
            return;
        }
        Instant first = delivery.firstAttemptAt() == null ? now : delivery.firstAttemptAt();
        Instant next = now.plus(backoff(attempt));
        boolean exhausted = next.isAfter(first.plus(settings.retryFor()));
        repository.storeOutcome(delivery.id(), owner, now, exhausted ? "failed" : "pending", exhausted ? null : next,
                status, shortError);
        String reason = exhausted ? "a delivery failed for " + settings.retryFor().toHours() + " h"
                : settings.maxFailures() + " consecutive failed attempts";
        if (repository.countFailure(delivery.endpointId(), settings.maxFailures(), exhausted, reason, now) == 1) {
            log.warn("Webhook endpoint {} disabled: {}", delivery.endpointId(), reason);
        }
    }

    @Override
    public void start() {
        if (!settings.worker() || timer != null) {
            return;
        }
        AtomicInteger counter = new AtomicInteger();
        senders = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-worker");
            thread.setDaemon(true);
            return thread;
        });
        long period = settings.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                log.warn("Webhook worker tick failed; next tick retries: {}", e.toString());
            }
        }, period, period, TimeUnit.MILLISECONDS);
        timer = scheduler;
    }

    @Override
    public void stop() {
        ScheduledExecutorService scheduler = timer;
        ExecutorService pool = senders;
        timer = null;
        senders = null;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
