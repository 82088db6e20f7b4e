package com.footballcoach.platform.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** The event types an endpoint may subscribe to, by their wire names. */
public enum WebhookEventType {
    RUN_COMPLETED("run.completed"),
    RUN_FAILED("run.failed"),
    ALERT_RAISED("alert.raised"),
    DECISION_EVALUATED("decision.evaluated"),
    MATCH_IMPORTED("match.imported");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the {@code type} field of a delivery and in an endpoint's {@code events}. */
    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
