package com.footballcoach.platform.alerts;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of {@code decision_feedback}, and the reads of alerts and segments that decisions need. */
@Repository
class DecisionRepository {

    /** Who may see a club's feedback: the club owner and the staff of the owner's teams. */
    static final String CLUB_MEMBERS = """
            (SELECT :club UNION SELECT s.user_id FROM staff s JOIN teams t ON t.id = s.team_id
              WHERE t.user_id = :club AND s.user_id IS NOT NULL)""";

    /** An alert a decision refers to. */
    record DecidedAlert(String matchId, String decisionId, String decisionType, double severityScore,
            @Nullable Double matchTime) {
    }

    /** A feedback row. */
    record Feedback(String id, String userId, @Nullable String matchId, String decisionId, @Nullable String decisionType,
            String action, @Nullable Double severityAtTime, @Nullable Double matchTime, @Nullable Integer effective,
            @Nullable Integer failed, @Nullable Integer escalation, @Nullable Double postSeverityAvg,
            int evaluationWindows, boolean evaluated) {
    }

    /** A later window of a match: an alert or a segment with a severity. */
    record Window(double time, double severity) {
    }

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The alerts carrying the decision id (optionally in one match key), newest first. */
    List<DecidedAlert> findAllAlertsByDecision(String decisionId, @Nullable String matchKey) {
        return jdbc.sql("""
                SELECT match_id, decision_id, decision_type, severity_score, match_time FROM tactical_alerts
                 WHERE decision_id = :decision AND (:match IS NULL OR match_id = :match)
                 ORDER BY seq DESC LIMIT 20
                """).param("decision", decisionId).param("match", matchKey).query(this::alert).list();
    }

    Optional<DecidedAlert> findAlert(String matchKey, String alertId) {
        return jdbc.sql("""
                SELECT match_id, decision_id, decision_type, severity_score, match_time FROM tactical_alerts
                 WHERE match_id = :match AND alert_id = :alert
                """).param("match", matchKey).param("alert", alertId).query(this::alert).optional();
    }

    private DecidedAlert alert(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DecidedAlert(rs.getString("match_id"), rs.getString("decision_id"), rs.getString("decision_type"),
                rs.getDouble("severity_score"), rs.getObject("match_time", Double.class));
    }

    Optional<Feedback> findByUserAndDecision(String userId, String decisionId) {
        return jdbc.sql(SELECT + " WHERE user_id = :user AND decision_id = :decision")
                .param("user", userId).param("decision", decisionId).query(this::feedback).optional();
    }

    int insert(String id, String userId, DecidedAlert alert, DecisionAction action, @Nullable Double matchTime) {
        return jdbc.sql("""
                INSERT INTO decision_feedback (id, user_id, match_id, decision_id, decision_type, action,
                                               severity_at_time, match_time)
                VALUES (:id, :user, :match, :decision, :type, :action, :severity, :time)
                """).param("id", id).param("user", userId).param("match", alert.matchId())
                .param("decision", alert.decisionId()).param("type", alert.decisionType())
                .param("action", action.name()).param("severity", alert.severityScore())
                .param("time", matchTime != null ? matchTime : alert.matchTime()).update();
    }

    List<Feedback> findAllPendingByMatch(String matchKey) {
        return jdbc.sql(SELECT + " WHERE match_id = :match AND evaluated_at IS NULL")
                .param("match", matchKey).query(this::feedback).list();
    }

    /** Feedback on a match key by the members of a club (or by one user when there is no club). */
    List<Feedback> findAllByMatchAndClub(String matchKey, String clubId) {
        return jdbc.sql(SELECT + " WHERE match_id = :match AND user_id IN " + CLUB_MEMBERS + " ORDER BY created_at, id")
                .param("match", matchKey).param("club", clubId).query(this::feedback).list();
    }

    /** Alert and segment severities of the match after a match time, in time order. */
    List<Window> findAllWindowsAfter(String matchKey, double from) {
        return jdbc.sql("""
                SELECT w.t, w.severity FROM (
                    SELECT match_time AS t, severity_score AS severity, seq AS s FROM tactical_alerts
                     WHERE match_id = :match AND match_time > :from
                    UNION ALL
                    SELECT start_sec AS t, severity_score AS severity, seq AS s FROM analysis_segments
                     WHERE match_id = :match AND start_sec > :from AND severity_score IS NOT NULL
                ) w ORDER BY w.t, w.s
                """).param("match", matchKey).param("from", from)
                .query((rs, n) -> new Window(rs.getDouble("t"), rs.getDouble("severity"))).list();
    }

    /** Whether every run of the match key has ended (false when it has none). */
    boolean runsEnded(String matchKey) {
        return jdbc.sql("""
                SELECT COUNT(*) > 0 AND SUM(status IN ('QUEUED', 'PROCESSING')) = 0
                  FROM analysis_runs WHERE match_id = :match
                """).param("match", matchKey).query(Boolean.class).optional().orElse(false);
    }

    int storeOutcome(String id, DecisionOutcome outcome, double laterMean, int windows) {
        return jdbc.sql("""
                UPDATE decision_feedback
                   SET decision_effective = :effective, decision_failed = :failed,
                       escalation_after_dismiss = :escalation, post_severity_avg = :mean,
                       evaluation_windows = :windows, evaluated_at = CURRENT_TIMESTAMP(6)
                 WHERE id = :id AND evaluated_at IS NULL
                """).param("effective", outcome.effective()).param("failed", outcome.failed())
                .param("escalation", outcome.escalationAfterDismiss()).param("mean", laterMean)
                .param("windows", windows).param("id", id).update();
    }

    private static final String SELECT = """
            SELECT id, user_id, match_id, decision_id, decision_type, action, severity_at_time, match_time,
                   decision_effective, decision_failed, escalation_after_dismiss, post_severity_avg,
                   evaluation_windows, evaluated_at
              FROM decision_feedback""";

    private Feedback feedback(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Feedback(rs.getString("id"), rs.getString("user_id"), rs.getString("match_id"),
                rs.getString("decision_id"), rs.getString("decision_type"), rs.getString("action"),
                rs.getObject("severity_at_time", Double.class), rs.getObject("match_time", Double.class),
                rs.getObject("decision_effective", Integer.class), rs.getObject("decision_failed", Integer.class),
                rs.getObject("escalation_after_dismiss", Integer.class), rs.getObject("post_severity_avg", Double.class),
                rs.getInt("evaluation_windows"), rs.getObject("evaluated_at") != null);
    }
}
