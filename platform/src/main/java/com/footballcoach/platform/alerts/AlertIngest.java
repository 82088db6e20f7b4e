package com.footballcoach.platform.alerts;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes tactical alerts from the engine: normalises, stores (idempotent per match and alert id:
 * a repeat updates the mutable fields, keeping a status a coach has changed) and publishes
 * {@link AlertRaised} in the transaction of the row's write, so that its listeners may write in the
 * same transaction (the webhook outbox) or wait for the commit (the live push).
 */
@Service
public class AlertIngest {

    private final AlertRepository alerts;
    private final AlertNormalizer normalizer;
    private final AlertSuppression suppression;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    AlertIngest(AlertRepository alerts, JsonMapper json, AlertSuppression suppression,
            ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.alerts = alerts;
        this.normalizer = new AlertNormalizer(json);
        this.suppression = suppression;
        this.events = events;
        this.transactions = transactions;
    }

    /**
     * Stores the alert and publishes it; returns the stored form. The suppression decision runs in
     * its own statements; the row's write and the event share one transaction.
     * A new alert id first goes through the {@link AlertSuppression} rules (shared state in the
     * database); a suppressed alert is stored with {@code suppressed = TRUE} and announced with the
     * flag set, so that live transports skip it while effectiveness still counts its severity.
     */
    public StoredAlert ingest(String matchId, @Nullable String analysisId, AlertReport report) {
        StoredAlert alert = normalizer.normalize(matchId, analysisId, report);
        Optional<AlertRepository.State> before = alerts.findState(matchId, alert.alertId());
        Optional<AlertSuppression.Reason> reason = before.isPresent() ? Optional.empty() : suppression.decide(alert);
        boolean suppressed = before.map(AlertRepository.State::suppressed).orElse(reason.isPresent());
        // a repeat keeps the stored status (the upsert never changes it): no need to read it back
        StoredAlert stored = before.map(AlertRepository.State::status)
                .filter(status -> !status.equals(alert.status()))
                .map(status -> withStatus(alert, status))
                .orElse(alert);
        String suppressedBy = reason.map(Enum::name).orElse(null);
        transactions.executeWithoutResult(tx -> {
            alerts.upsert(UUID.randomUUID().toString(), alert, suppressedBy);
            events.publishEvent(new AlertRaised(matchId, stored, suppressed));
        });
        return stored;
    }

    private static StoredAlert withStatus(StoredAlert a, String status) {
        return new StoredAlert(a.alertId(), a.decisionId(), a.matchId(), a.analysisId(), a.timestamp(), a.matchTime(),
                a.severityScore(), a.severityLabel(), a.category(), a.decisionType(), status, a.action(),
                a.reviewCountdown(), a.categoryTriggerCount(), a.triggerMetric(), a.recommendedAction());
    }
}
