package com.footballcoach.platform.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads stored alerts in the one normalized alert shape — the same JSON in the history route and
 * on the WebSocket: non-null strings for {@code timestamp}, {@code severity_label}, {@code category},
 * {@code decision_type}, {@code status}, {@code action}; numbers for the counters; and
 * {@code decision_effective}/{@code decision_failed} as 0/1 or null, never booleans (the app
 * crashes on {@code true}).
 */
@Repository
public class AlertHistory {

    private static final String SELECT = """
            SELECT a.seq, a.match_id, a.analysis_id, a.alert_id, a.decision_id, a.alert_timestamp, a.match_time,
                   a.severity_score, a.severity_label, a.category, a.decision_type, a.status, a.action,
                   a.review_countdown, a.category_trigger_count, a.trigger_metric, a.recommended_action,
                   a.players, a.ball, a.zone, a.created_at,
                   f.action AS feedback_action, f.decision_effective, f.decision_failed, f.escalation_after_dismiss
              FROM tactical_alerts a
              LEFT JOIN decision_feedback f ON f.decision_id = a.decision_id AND f.user_id = :user
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AlertHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The alerts of a match key in match-time order, with the given user's own feedback. */
    public List<ObjectNode> history(String matchKey, @Nullable String userId) {
        return jdbc.sql(SELECT + """
                 WHERE a.match_id = :match AND a.suppressed = FALSE
                 ORDER BY a.match_time IS NULL, a.match_time, a.seq
                """).param("match", matchKey).param("user", userId == null ? "" : userId).query(mapper()).list();
    }

    /** One stored alert, without feedback (as it is pushed live). */
    public Optional<ObjectNode> find(String matchKey, String alertId) {
        return jdbc.sql(SELECT + " WHERE a.match_id = :match AND a.alert_id = :alert")
                .param("match", matchKey).param("alert", alertId).param("user", "").query(mapper()).optional();
    }

    private RowMapper<ObjectNode> mapper() {
        return (rs, n) -> toJson(rs);
    }

    private ObjectNode toJson(ResultSet rs) throws SQLException {
        ObjectNode node = json.createObjectNode();
        node.put("seq", rs.getLong("seq"));
        node.put("match_id", rs.getString("match_id"));
        node.put("analysis_id", rs.getString("analysis_id"));
        node.put("alert_id", rs.getString("alert_id"));
        node.put("decision_id", rs.getString("decision_id"));
        node.put("timestamp", nonNull(rs.getString("alert_timestamp")));
        double matchTime = rs.getDouble("match_time");
        if (rs.wasNull()) {
            node.putNull("match_time");
        } else {
            node.put("match_time", matchTime);
        }
        node.put("severity_score", rs.getDouble("severity_score"));
        node.put("severity_label", nonNull(rs.getString("severity_label")));
        node.put("category", nonNull(rs.getString("category")));
        node.put("decision_type", nonNull(rs.getString("decision_type")));
        node.put("status", nonNull(rs.getString("status")));
        node.put("action", nonNull(rs.getString("action")));
        node.put("review_countdown", rs.getInt("review_countdown"));
        node.put("category_trigger_count", rs.getInt("category_trigger_count"));
        node.put("trigger_metric", rs.getString("trigger_metric"));
        node.put("recommended_action", rs.getString("recommended_action"));
        String feedback = rs.getString("feedback_action");
        node.put("feedback", feedback == null ? "none" : "ACCEPT".equals(feedback) ? "accepted" : "dismissed");
        node.put("feedback_action", feedback);
        putFlag(node, "decision_effective", rs);
        putFlag(node, "decision_failed", rs);
        putFlag(node, "escalation_after_dismiss", rs);
        putJson(node, "players", rs.getString("players"));
        putJson(node, "ball", rs.getString("ball"));
        putJson(node, "zone", rs.getString("zone"));
        node.put("created_at", rs.getObject("created_at", java.time.LocalDateTime.class).toString());
        return node;
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static void putFlag(ObjectNode node, String column, ResultSet rs) throws SQLException {
        int value = rs.getInt(column);
        if (rs.wasNull()) {
            node.putNull(column);
        } else {
            node.put(column, value == 0 ? 0 : 1);
        }
    }

    private void putJson(ObjectNode node, String field, @Nullable String value) {
        if (value == null) {
            node.putNull(field);
            return;
        }
        JsonNode parsed = json.readTree(value);
        node.set(field, parsed);
    }
}
