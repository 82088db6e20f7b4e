package com.footballcoach.platform.alerts;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The advisory cache of an alert ({@code tactical_alerts.advisory}, JSON text) and the match
 * context an advisory is written from.
 */
@Repository
public class AlertAdvisories {

    /** What the match looked like up to the alert. */
    public record MatchContext(int earlierAlerts, int earlierSameType, int dismissedSameType, int acceptedSameType,
            double recentSegmentSeverity, int recentSegments) {
    }

    private final JdbcClient jdbc;

    AlertAdvisories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> findCached(String matchKey, String alertId) {
        return jdbc.sql("SELECT advisory FROM tactical_alerts WHERE match_id = :match AND alert_id = :alert")
                .param("match", matchKey).param("alert", alertId).query(String.class).optional();
    }

    public int store(String matchKey, String alertId, String advisoryJson) {
        return jdbc.sql("""
                UPDATE tactical_alerts SET advisory = :advisory
                 WHERE match_id = :match AND alert_id = :alert AND advisory IS NULL
                """).param("advisory", advisoryJson).param("match", matchKey).param("alert", alertId).update();
    }

    /** The context before the alert's match time (everything, when it has none). */
    public MatchContext context(String matchKey, String decisionType, @org.jspecify.annotations.Nullable Double matchTime) {
        double until = matchTime == null ? Double.MAX_VALUE : matchTime;
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM tactical_alerts WHERE match_id = :match AND match_time < :until) AS earlier,
                       (SELECT COUNT(*) FROM tactical_alerts WHERE match_id = :match AND match_time < :until
                           AND decision_type = :type) AS same_type,
                       (SELECT COUNT(*) FROM decision_feedback WHERE match_id = :match AND decision_type = :type
                           AND action = 'DISMISS') AS dismissed,
                       (SELECT COUNT(*) FROM decision_feedback WHERE match_id = :match AND decision_type = :type
                           AND action = 'ACCEPT') AS accepted,
                       (SELECT AVG(r.severity_score) FROM (SELECT severity_score FROM analysis_segments
                           WHERE match_id = :match AND start_sec <= :until AND severity_score IS NOT NULL
                           ORDER BY start_sec DESC LIMIT 3) r) AS recent,
                       (SELECT COUNT(*) FROM (SELECT 1 FROM analysis_segments
                           WHERE match_id = :match AND start_sec <= :until AND severity_score IS NOT NULL
                           ORDER BY start_sec DESC LIMIT 3) c) AS recent_count
                """).param("match", matchKey).param("type", decisionType).param("until", until)
                .query((rs, n) -> new MatchContext(rs.getInt("earlier"), rs.getInt("same_type"), rs.getInt("dismissed"),
                        rs.getInt("accepted"), rs.getDouble("recent"), rs.getInt("recent_count"))).single();
    }
}
