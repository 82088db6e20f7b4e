package com.footballcoach.platform.alerts;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The suppression rules, kept in the database so that every instance applies the same state:
 * after a DISMISS the next N alerts of that decision type for the match are suppressed (an atomic
 * decrement of {@code alert_suppressions.remaining}), and a repeat of the same decision type within
 * the cooldown (match time) of the last shown one is suppressed unless its severity rose by more
 * than the configured margin.
 */
@Component
public class AlertSuppression {

    /** Why an alert is suppressed. */
    public enum Reason { AFTER_DISMISS, REPEAT }

    private final JdbcClient jdbc;
    private final AlertSettings settings;

    AlertSuppression(JdbcClient jdbc, AlertSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** A DISMISS of the decision type: the next N alerts of that type for the match are suppressed. */
    public void armAfterDismiss(String matchKey, String decisionType) {
        if (settings.suppressAfterDismiss() == 0) {
            return;
        }
        jdbc.sql("""
                INSERT INTO alert_suppressions (match_id, decision_type, remaining) VALUES (:match, :type, :n)
                ON DUPLICATE KEY UPDATE remaining = VALUES(remaining)
                """).param("match", matchKey).param("type", decisionType).param("n", settings.suppressAfterDismiss())
                .update();
    }

    /** The suppressions left for the match and decision type (0 when none). */
    public int remaining(String matchKey, String decisionType) {
        return jdbc.sql("SELECT remaining FROM alert_suppressions WHERE match_id = :match AND decision_type = :type")
                .param("match", matchKey).param("type", decisionType).query(Integer.class).optional().orElse(0);
    }

    /**
     * Decides for a new alert (not yet stored); consumes one suppression after a dismiss. Called once
     * per alert id: a repeat of a stored alert keeps its decision.
     */
    Optional<Reason> decide(StoredAlert alert) {
        int consumed = jdbc.sql("""
                UPDATE alert_suppressions SET remaining = remaining - 1
                 WHERE match_id = :match AND decision_type = :type AND remaining > 0
                """).param("match", alert.matchId()).param("type", alert.decisionType()).update();
        if (consumed > 0) {
            return Optional.of(Reason.AFTER_DISMISS);
        }
        if (alert.matchTime() == null || settings.repeatCooldownSeconds() == 0) {
            return Optional.empty();
        }
        @Nullable Double previous = jdbc.sql("""
                SELECT severity_score FROM tactical_alerts
                 WHERE match_id = :match AND decision_type = :type AND suppressed = FALSE AND alert_id <> :alert
                   AND match_time <= :time AND match_time >= :from
                 ORDER BY match_time DESC, seq DESC LIMIT 1
                """).param("match", alert.matchId()).param("type", alert.decisionType())
                .param("alert", alert.alertId()).param("time", alert.matchTime())
                .param("from", alert.matchTime() - settings.repeatCooldownSeconds())
                .query(Double.class).optional().orElse(null);
        if (previous != null && alert.severityScore() - previous <= settings.repeatSeverityRise() + 1e-9) {
            return Optional.of(Reason.REPEAT);
        }
        return Optional.empty();
    }
}
