package com.footballcoach.platform.alerts;

import com.footballcoach.platform.events.AlertRaised;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes tactical alerts from the engine: normalises, stores (idempotent per match and alert id:
 * a repeat updates the mutable fields, keeping a status a coach has changed) and, once the row
 * is written, publishes {@link AlertRaised}.
 */
@Service
public class AlertIngest {

    private final AlertRepository alerts;
    private final AlertNormalizer normalizer;
    private final ApplicationEventPublisher events;

    AlertIngest(AlertRepository alerts, JsonMapper json, ApplicationEventPublisher events) {
        this.alerts = alerts;
        this.normalizer = new AlertNormalizer(json);
        this.events = events;
    }

    /** Stores the alert (single statement, auto-commit) and publishes it; returns the stored form. */
    public StoredAlert ingest(String matchId, @Nullable String analysisId, AlertReport report) {
        StoredAlert alert = normalizer.normalize(matchId, analysisId, report);
        alerts.upsert(UUID.randomUUID().toString(), alert);
        StoredAlert stored = alerts.findStatus(matchId, alert.alertId())
                .filter(status -> !status.equals(alert.status()))
                .map(status -> withStatus(alert, status))
                .orElse(alert);
        events.publishEvent(new AlertRaised(matchId, stored));
        return stored;
    }

    private static StoredAlert withStatus(StoredAlert a, String status) {
        return new StoredAlert(a.alertId(), a.decisionId(), a.matchId(), a.analysisId(), a.timestamp(), a.matchTime(),
                a.severityScore(), a.severityLabel(), a.category(), a.decisionType(), status, a.action(),
                a.reviewCountdown(), a.categoryTriggerCount(), a.triggerMetric(), a.recommendedAction());
    }
}
