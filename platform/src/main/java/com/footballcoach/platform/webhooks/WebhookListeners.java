package com.footballcoach.platform.webhooks;

import com.footballcoach.platform.alerts.AlertRaised;
import com.footballcoach.platform.alerts.DecisionEvaluated;
import com.footballcoach.platform.analysis.RunFinished;
import com.footballcoach.platform.analysis.RunStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the outbox rows of the platform's events in the transaction that publishes them (just
 * before it commits): a rolled-back event queues nothing, a committed one is delivered even if the
 * app stops right after. Each publisher publishes these events inside its transaction; with none
 * ({@code fallbackExecution}) the rows are written at once in their own statement.
 */
@Component
class WebhookListeners {

    private final WebhookEvents webhooks;
    private final JsonMapper json;

    WebhookListeners(WebhookEvents webhooks, JsonMapper json) {
        this.webhooks = webhooks;
        this.json = json;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RunFinished event) {
        WebhookEventType type;
        if (RunStatus.COMPLETED.name().equals(event.status())) {
            type = WebhookEventType.RUN_COMPLETED;
        } else if (RunStatus.FAILED.name().equals(event.status())) {
            type = WebhookEventType.RUN_FAILED;
        } else {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("analysis_id", event.analysisId());
        data.put("match_id", event.matchId());
        data.put("status", event.status());
        data.put("message", event.message());
        webhooks.recordForRun(event.analysisId(), type, type.wireName() + ":" + event.analysisId(), data);
    }

    /** A new alert once (a repeat of the same alert id is the same event); suppressed alerts are not announced. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AlertRaised event) {
        if (event.suppressed()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> data = json.convertValue(event.alert(), Map.class);
        webhooks.recordForMatchKey(event.matchId(), WebhookEventType.ALERT_RAISED,
                "alert.raised:" + event.matchId() + ":" + event.alert().alertId(), data);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DecisionEvaluated event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("feedback_id", event.feedbackId());
        data.put("decision_id", event.decisionId());
        data.put("match_id", event.matchId());
        data.put("decision_type", event.decisionType());
        data.put("action", event.action());
        data.put("severity_at_time", event.severityAtTime());
        data.put("post_severity_avg", event.postSeverityAvg());
        data.put("evaluation_windows", event.evaluationWindows());
        data.put("effective", event.outcome().effective() == 1);
        data.put("failed", event.outcome().failed() == 1);
        data.put("escalation_after_dismiss", event.outcome().escalationAfterDismiss() == null ? null
                : event.outcome().escalationAfterDismiss() == 1);
        webhooks.recordForUser(event.userId(), WebhookEventType.DECISION_EVALUATED,
                "decision.evaluated:" + event.feedbackId(), data);
    }
}
