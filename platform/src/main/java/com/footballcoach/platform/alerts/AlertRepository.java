package com.footballcoach.platform.alerts;

import java.util.Optional;
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
        return jdbc.sql("""
                INSERT INTO tactical_alerts (id, match_id, analysis_id, alert_id, decision_id, alert_timestamp,
                       match_time, severity_score, severity_label, category, decision_type, status, action,
                       review_countdown, category_trigger_count, trigger_metric, recommended_action)
                VALUES (:id, :match, :run, :alert, :decision, :timestamp, :matchTime, :score, :label, :category,
                        :decisionType, :status, :action, :countdown, :triggers, :metric, :recommended)
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
                .param("recommended", alert.recommendedAction()).update();
    }

    Optional<String> findStatus(String matchId, String alertId) {
        return jdbc.sql("SELECT status FROM tactical_alerts WHERE match_id = :match AND alert_id = :alert")
                .param("match", matchId).param("alert", alertId).query(String.class).optional();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
