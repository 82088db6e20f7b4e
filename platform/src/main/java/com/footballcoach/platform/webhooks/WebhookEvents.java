package com.footballcoach.platform.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records an event for webhook delivery: one outbox row per enabled endpoint of the event's clubs
 * subscribed to its type, with the body that will be sent ({@code {"type", "timestamp", "data"}}).
 * Call it inside the transaction that writes the event's own rows: the delivery then exists if and
 * only if the event does. Recording the same {@code eventId} again for an endpoint changes
 * nothing (one delivery per event and endpoint).
 *
 * <p>For other features, e.g. the match import:
 * {@code webhookEvents.record(clubId, WebhookEventType.MATCH_IMPORTED, "match.imported:" + matchId, data)}.
 */
@Component
public class WebhookEvents {

    private final WebhookRepository repository;
    private final JsonMapper json;
    private final Clock clock;

    WebhookEvents(WebhookRepository repository, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records an event of one club (its account manager's user id); returns the deliveries queued.
     *
     * @param eventId unique per event, e.g. {@code "match.imported:" + matchId}
     * @param data    the {@code data} object of the body, keys in snake_case
     */
    public int record(String clubId, WebhookEventType type, String eventId, Map<String, ?> data) {
        Instant now = clock.instant();
        return repository.enqueueForClub(clubId, eventId, type.wireName(), body(type, now, data), now);
    }

    /** An event of a run: for the clubs that may see the run. */
    int recordForRun(String runId, WebhookEventType type, String eventId, Map<String, ?> data) {
        Instant now = clock.instant();
        return repository.enqueueForRun(runId, eventId, type.wireName(), body(type, now, data), now);
    }

    /** An event of a match key: for the clubs that may see the match (a fixture's sides, its runs' clubs). */
    int recordForMatchKey(String matchKey, WebhookEventType type, String eventId, Map<String, ?> data) {
        Instant now = clock.instant();
        return repository.enqueueForMatchKey(matchKey, eventId, type.wireName(), body(type, now, data), now);
    }

    /** An event caused by a user: for their club. */
    int recordForUser(String userId, WebhookEventType type, String eventId, Map<String, ?> data) {
        Instant now = clock.instant();
        return repository.enqueueForUser(userId, eventId, type.wireName(), body(type, now, data), now);
    }

    private String body(WebhookEventType type, Instant now, Map<String, ?> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.wireName());
        body.put("timestamp", now.toString());
        body.put("data", data);
        return json.writeValueAsString(body);
    }
}
