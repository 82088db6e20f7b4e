package com.footballcoach.platform.webhooks;

import com.footballcoach.platform.web.Conflict;
import com.footballcoach.platform.web.InvalidInput;
import com.footballcoach.platform.web.NotFound;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A club's webhook endpoints and their delivery log, for the routes of {@code /api/webhooks}.
 * Every method takes the club (the account manager's user id); another club's ids answer 404.
 */
@Service
public class Webhooks {

    /** Endpoints a club may have. */
    static final int MAX_ENDPOINTS = 20;
    /** Deliveries the log shows per endpoint, newest first. */
    static final int LOG_SIZE = 100;
    private static final int MAX_URL = 2048;

    private final WebhookRepository repository;
    private final WebhookTargets targets;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Webhooks(WebhookRepository repository, WebhookTargets targets, Clock clock) {
        this.repository = repository;
        this.targets = targets;
        this.clock = clock;
    }

    /**
     * Creates an endpoint; 422 for a URL that is not http(s), or (unless allowed) not public, or
     * unknown events. Not one transaction: the target's DNS lookup must not hold a connection.
     */
    public CreatedWebhook create(String clubId, @Nullable String url, @Nullable List<String> events) {
        if (url == null || url.isBlank()) {
            throw new InvalidInput("url", "url is required.");
        }
        String target = url.trim();
        if (target.length() > MAX_URL) {
            throw new InvalidInput("url", "url is longer than " + MAX_URL + " characters.");
        }
        try {
            targets.check(target);
        } catch (WebhookTargets.Refused refused) {
            throw new InvalidInput("url", refused.getMessage());
        }
        List<String> types = eventTypes(events);
        if (repository.findAllEndpointsByClub(clubId).size() >= MAX_ENDPOINTS) {
            throw new Conflict("A club may have at most " + MAX_ENDPOINTS + " webhook endpoints.");
        }
        String id = UUID.randomUUID().toString();
        String secret = WebhookSigner.newSecret(random);
        Instant now = clock.instant();
        repository.insertEndpoint(id, clubId, target, String.join(",", types), secret, now);
        return new CreatedWebhook(id, target, types, secret, true, now);
    }

    @Transactional(readOnly = true)
    public List<WebhookView> list(String clubId) {
        return repository.findAllEndpointsByClub(clubId).stream().map(Webhooks::view).toList();
    }

    @Transactional(readOnly = true)
    public WebhookView get(String clubId, String id) {
        return view(endpoint(clubId, id));
    }

    /** Deletes the endpoint and its log; pending deliveries are dropped. */
    @Transactional
    public void delete(String clubId, String id) {
        if (repository.deleteEndpoint(id, clubId) == 0) {
            throw new NotFound("Webhook");
        }
    }

    /** The newest {@value #LOG_SIZE} deliveries of the endpoint with their attempts. */
    @Transactional(readOnly = true)
    public List<DeliveryView> deliveries(String clubId, String id) {
        endpoint(clubId, id);
        List<WebhookRepository.Delivery> deliveries = repository.findAllDeliveriesByEndpoint(id, LOG_SIZE);
        Map<String, List<DeliveryView.AttemptView>> attempts = repository.findAllAttempts(
                deliveries.stream().map(WebhookRepository.Delivery::id).toList()).stream()
                .collect(Collectors.groupingBy(WebhookRepository.Attempt::deliveryId, Collectors.mapping(
                        a -> new DeliveryView.AttemptView(a.attempt(), a.attemptedAt(), a.statusCode(), a.error(),
                                a.durationMs()), Collectors.toList())));
        return deliveries.stream().map(d -> view(d, attempts.getOrDefault(d.id(), List.of()))).toList();
    }

    /**
     * Sends a delivery again (same {@code webhook-id}), due now with a new retry window, whatever
     * its status; re-enables a disabled endpoint. 409 while it is being sent.
     */
    @Transactional
    public DeliveryView redeliver(String clubId, String id, String deliveryId) {
        endpoint(clubId, id);
        repository.findDelivery(deliveryId, id).orElseThrow(() -> new NotFound("Delivery"));
        if (repository.requeue(deliveryId, id, clock.instant()) == 0) {
            throw new Conflict("The delivery is being sent right now; try again when it is done.");
        }
        repository.enableEndpoint(id);
        WebhookRepository.Delivery delivery = repository.findDelivery(deliveryId, id).orElseThrow();
        List<DeliveryView.AttemptView> attempts = repository.findAllAttempts(List.of(deliveryId)).stream()
                .map(a -> new DeliveryView.AttemptView(a.attempt(), a.attemptedAt(), a.statusCode(), a.error(),
                        a.durationMs())).toList();
        return view(delivery, attempts);
    }

    private WebhookRepository.Endpoint endpoint(String clubId, String id) {
        return repository.findEndpoint(id, clubId).orElseThrow(() -> new NotFound("Webhook"));
    }

    private static List<String> eventTypes(@Nullable List<String> events) {
        if (events == null || events.isEmpty()) {
            throw new InvalidInput("events", "events must name at least one of " + known() + ".");
        }
        Set<String> types = new LinkedHashSet<>();
        for (String event : events) {
            if (event == null || WebhookEventType.fromWireName(event).isEmpty()) {
                throw new InvalidInput("events", "Unknown event type " + event + "; known: " + known() + ".");
            }
            types.add(event);
        }
        return List.copyOf(types);
    }

    private static String known() {
        return Arrays.stream(WebhookEventType.values()).map(WebhookEventType::wireName)
                .collect(Collectors.joining(", "));
    }

    private static WebhookView view(WebhookRepository.Endpoint e) {
        return new WebhookView(e.id(), e.url(), List.of(e.events().split(",")), e.enabled(), e.consecutiveFailures(),
                e.disabledAt(), e.disabledReason(), e.createdAt());
    }

    private static DeliveryView view(WebhookRepository.Delivery d, List<DeliveryView.AttemptView> attempts) {
        return new DeliveryView(d.id(), d.eventType(), d.status(), d.attempts(), d.createdAt(), d.nextAttemptAt(),
                d.lastAttemptAt(), d.lastStatusCode(), d.lastError(), d.deliveredAt(), attempts, d.payload());
    }
}
