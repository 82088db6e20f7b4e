package com.footballcoach.platform.alerts;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of {@code tactical_alerts} as the ingest writes it: one row per match and alert id. */
@Repository
class AlertRepository {

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the alert, or updates its mutable fields when the same alert id comes again. */
    int upsert(String id, StoredAlert alert) {
        return upsert(id, alert, null);
    }

    /**
     * As {@link #upsert(String, StoredAlert)}; a new row is stored suppressed when a reason is
     * given (a repeat keeps the suppression decided when it was first stored).
     */
    int upsert(String id, StoredAlert alert, @Nullable String suppressedReason) {
        return jdbc.sql("""
                INSERT INTO tactical_alerts (id, match_id, analysis_id, alert_id, decision_id, alert_timestamp,
                       match_time, severity_score, severity_label, category, decision_type, status, action,
                       review_countdown, category_trigger_count, trigger_metric, recommended_action, suppressed, suppressed_reason)
                VALUES (:id, :match, :run, :alert, :decision, :timestamp, :matchTime, :score, :label, :category,
                        :decisionType, :status, :action, :countdown, :triggers, :metric, :recommended,
                        :suppressed, :reason)
                ON DUPLICATE KEY UPDATE analysis_id = VALUES(analysis_id), decision_id = VALUES(decision_id),
                       alert_timestamp = VALUES(alert_timestamp), match_time = VALUES(match_time),
                       severity_score = VALUES(severity_score), severity_label = VALUES(severity_label),
                       category = VALUES(category), decision_type = VALUES(decision_type),
                       action = VALUES(action), review_countdown = VALUES(review_countdown),
                       category_trigger_count = VALUES(category_trigger_count),
                       trigger_metric = VALUES(trigger_metric), recommended_action = VALUES(recommended_action)
                """).param("id", id).param("match", alert.matchId()).param("run", alert.analysisId())
                .param("alert", cut(alert.alertId(), 100)).param("decision", cut(alert.decisionId(), 100))
                .param("timestamp", cut(alert.timestamp(), 32)).param("matchTime", alert.matchTime())
                .param("score", alert.severityScore()).param("label", cut(alert.severityLabel(), 16))
                .param("category", cut(alert.category(), 64)).param("decisionType", cut(alert.decisionType(), 64))
                .param("status", cut(alert.status(), 32)).param("action", cut(alert.action(), 255))
                .param("countdown", alert.reviewCountdown()).param("triggers", alert.categoryTriggerCount())
                .param("metric", alert.triggerMetric() == null ? null : cut(alert.triggerMetric(), 255))
                .param("recommended", alert.recommendedAction())
                .param("suppressed", suppressedReason != null).param("reason", suppressedReason).update();
    }

    /** The stored row's status and suppression, when the alert id was stored before. */
    record State(String status, boolean suppressed) {
    }

    Optional<State> findState(String matchId, String alertId) {
        return jdbc.sql("SELECT status, suppressed FROM tactical_alerts WHERE match_id = :match AND alert_id = :alert")
                .param("match", matchId).param("alert", alertId)
                .query((rs, n) -> new State(rs.getString("status"), rs.getBoolean("suppressed"))).optional();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
