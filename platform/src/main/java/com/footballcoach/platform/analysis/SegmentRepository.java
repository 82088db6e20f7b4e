package com.footballcoach.platform.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of {@code analysis_segments}: one row per run and segment index, written idempotently. */
@Repository
class SegmentRepository {

    private static final String COLUMNS = """
            id, analysis_id, match_id, segment_index, start_sec, end_sec, video_start_sec, analysis_json,
            recommendation, severity_score, severity_label, status
            """;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<AnalysisSegment> rows = this::segment;

    SegmentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the segment, or updates it when the engine sends the same index again. */
    int upsert(String id, String analysisId, String matchId, SegmentReport segment) {
        return jdbc.sql("""
                INSERT INTO analysis_segments (id, analysis_id, match_id, segment_index, start_sec, end_sec,
                       video_start_sec, analysis_json, recommendation, severity_score, severity_label, status)
                VALUES (:id, :run, :match, :index, :start, :end, :videoStart, :analysis, :recommendation, :score,
                        :label, :status)
                ON DUPLICATE KEY UPDATE start_sec = VALUES(start_sec), end_sec = VALUES(end_sec),
                       video_start_sec = VALUES(video_start_sec), analysis_json = VALUES(analysis_json),
                       recommendation = VALUES(recommendation), severity_score = VALUES(severity_score),
                       severity_label = VALUES(severity_label), status = VALUES(status)
                """).param("id", id).param("run", analysisId).param("match", matchId)
                .param("index", segment.segmentIndex()).param("start", segment.startSec())
                .param("end", segment.endSec()).param("videoStart", segment.videoStartSec())
                .param("analysis", segment.analysisJson()).param("recommendation", segment.recommendation())
                .param("score", segment.severityScore()).param("label", segment.severityLabel())
                .param("status", segment.status()).update();
    }

    Optional<AnalysisSegment> findByRunAndIndex(String analysisId, int index) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM analysis_segments WHERE analysis_id = :run AND segment_index = :index")
                .param("run", analysisId).param("index", index).query(rows).optional();
    }

    List<AnalysisSegment> findAllByRun(String analysisId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM analysis_segments WHERE analysis_id = :run ORDER BY segment_index")
                .param("run", analysisId).query(rows).list();
    }

    List<AnalysisSegment> findAllByMatch(String matchId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM analysis_segments WHERE match_id = :match"
                        + " ORDER BY segment_index, created_at")
                .param("match", matchId).query(rows).list();
    }

    int countByRun(String analysisId) {
        return jdbc.sql("SELECT COUNT(*) FROM analysis_segments WHERE analysis_id = :run")
                .param("run", analysisId).query(Integer.class).single();
    }

    int deleteAllByRun(String analysisId) {
        return jdbc.sql("DELETE FROM analysis_segments WHERE analysis_id = :run").param("run", analysisId).update();
    }

    /** The segments of these runs; {@code seq} values are never handed out again (AUTO_INCREMENT only grows). */
    int deleteAllByRuns(Collection<String> analysisIds) {
        if (analysisIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM analysis_segments WHERE analysis_id IN (:runs)").param("runs", analysisIds)
                .update();
    }

    private AnalysisSegment segment(ResultSet rs, int rowNum) throws SQLException {
        String analysis = rs.getString("analysis_json");
        return new AnalysisSegment(rs.getString("id"), rs.getString("analysis_id"), rs.getString("match_id"),
                rs.getInt("segment_index"), doubleOrNull(rs, "start_sec"), doubleOrNull(rs, "end_sec"),
                doubleOrNull(rs, "video_start_sec"),
                analysis == null || analysis.isBlank() ? Map.of() : json.readValue(analysis, MAP),
                rs.getString("recommendation"), doubleOrNull(rs, "severity_score"),
                rs.getString("severity_label") == null ? "LOW" : rs.getString("severity_label"),
                rs.getString("status"));
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
