package com.footballcoach.platform.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored segments as the SSE streams send them: the row merged with the engine's fields,
 * {@code type: "segment"}, {@code status: "SEGMENT_DONE"}, ordered by sequence number.
 */
@Repository
class SegmentFeed {

    private static final String SELECT = """
            SELECT s.seq, s.id, s.analysis_id, s.match_id, s.segment_index, s.start_sec, s.end_sec, s.video_start_sec,
                   s.analysis_json, s.recommendation, s.severity_score, s.severity_label, s.created_at
              FROM analysis_segments s
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SegmentFeed(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<ObjectNode> ofRunAfter(String runId, long afterSeq) {
        return jdbc.sql(SELECT + " WHERE s.analysis_id = :run AND s.seq > :after ORDER BY s.seq")
                .param("run", runId).param("after", afterSeq).query(mapper()).list();
    }

    List<ObjectNode> ofMatchAfter(String matchKey, long afterSeq) {
        return jdbc.sql(SELECT + " WHERE s.match_id = :match AND s.seq > :after ORDER BY s.seq")
                .param("match", matchKey).param("after", afterSeq).query(mapper()).list();
    }

    Optional<ObjectNode> find(String runId, int segmentIndex) {
        return jdbc.sql(SELECT + " WHERE s.analysis_id = :run AND s.segment_index = :index")
                .param("run", runId).param("index", segmentIndex).query(mapper()).optional();
    }

    private RowMapper<ObjectNode> mapper() {
        return (rs, n) -> toJson(rs);
    }

    private ObjectNode toJson(ResultSet rs) throws SQLException {
        ObjectNode node = json.createObjectNode();
        node.put("type", "segment");
        node.put("status", "SEGMENT_DONE");
        node.put("seq", rs.getLong("seq"));
        node.put("id", rs.getString("id"));
        node.put("analysis_id", rs.getString("analysis_id"));
        node.put("match_id", rs.getString("match_id"));
        node.put("segment_index", rs.getInt("segment_index"));
        putNumber(node, "start_sec", rs);
        putNumber(node, "end_sec", rs);
        putNumber(node, "video_start_sec", rs);
        String analysis = rs.getString("analysis_json");
        if (analysis == null) {
            node.set("analysis_json", json.createObjectNode());
        } else {
            node.set("analysis_json", json.readTree(analysis));
        }
        node.set("analysis", node.get("analysis_json"));
        node.put("recommendation", rs.getString("recommendation"));
        putNumber(node, "severity_score", rs);
        String label = rs.getString("severity_label");
        node.put("severity_label", label == null ? "LOW" : label);
        node.put("created_at", rs.getObject("created_at", java.time.LocalDateTime.class).toString());
        return node;
    }

    private static void putNumber(ObjectNode node, String column, ResultSet rs) throws SQLException {
        double value = rs.getDouble(column);
        if (rs.wasNull()) {
            node.putNull(column);
        } else {
            node.put(column, value);
        }
    }
}
