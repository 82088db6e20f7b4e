package com.footballcoach.platform.analysis;

import com.footballcoach.platform.jdbc.Listings;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL of {@code analysis_runs} (and the report row of a run). Every write of the worker is
 * conditional on {@code status = 'PROCESSING' AND owner_instance = :owner}: a run that was
 * cancelled, marked stale or taken over is never overwritten by its former owner. Times come
 * from the database clock, so instances with skewed clocks agree on staleness.
 */
@Repository
class RunRepository {

    private static final String COLUMNS = """
            id, match_id, team_id, user_id, retry_of, input_video_name, input_video_path, input_sha256,
            input_size_bytes, frame_limit, skip_json, confidence_threshold, status, progress, message, error,
            outputs, is_cancelled, attempt, owner_instance, heartbeat_at, submitted_at, started_at, completed_at
            """;
    private static final String VISIBLE = "(team_id IN (:teams) OR user_id = :user)";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Listings listings;
    private final RowMapper<Run> rows = this::run;

    RunRepository(JdbcClient jdbc, JsonMapper json, Listings listings) {
        this.jdbc = jdbc;
        this.json = json;
        this.listings = listings;
    }

    /** The columns of a new run; the database fills status QUEUED, progress 0 and submitted_at. */
    record NewRun(String id, String matchId, @Nullable String teamId, @Nullable String userId,
            @Nullable String retryOf, @Nullable String inputVideoName, String inputVideoPath,
            @Nullable String inputSha256, @Nullable Long inputSizeBytes, int frameLimit, boolean skipJson,
            double confidenceThreshold, int attempt) {
    }

    /** A PROCESSING run whose heartbeat is too old, and the owner it had when it was found. */
    record StaleCandidate(String id, String matchId, @Nullable String owner) {
    }

    int insert(NewRun run) {
        return jdbc.sql("""
                INSERT INTO analysis_runs (id, match_id, team_id, user_id, retry_of, input_video_name,
                       input_video_path, input_sha256, input_size_bytes, frame_limit, skip_json,
                       confidence_threshold, status, progress, message, attempt)
                VALUES (:id, :match, :team, :user, :retryOf, :name, :path, :sha, :size, :frameLimit, :skipJson,
                        :confidence, 'QUEUED', 0, 'Queued', :attempt)
                """)
                .param("id", run.id()).param("match", run.matchId()).param("team", run.teamId())
                .param("user", run.userId()).param("retryOf", run.retryOf()).param("name", run.inputVideoName())
                .param("path", run.inputVideoPath()).param("sha", run.inputSha256())
                .param("size", run.inputSizeBytes()).param("frameLimit", run.frameLimit())
                .param("skipJson", run.skipJson()).param("confidence", run.confidenceThreshold())
                .param("attempt", run.attempt())
                .update();
    }

    Optional<Run> findById(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM analysis_runs WHERE id = :id")
                .param("id", id).query(rows).optional();
    }

    /** The run when it belongs to one of the teams, or was started by the user. */
    Optional<Run> findVisible(String id, List<String> teams, String user) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM analysis_runs WHERE id = :id AND " + VISIBLE)
                .param("id", id).param("teams", orNone(teams)).param("user", user).query(rows).optional();
    }

    /** Newest first. */
    Listing<Run> findAllVisible(List<String> teams, String user, @Nullable String matchId, @Nullable RunStatus status,
            PageRequest page) {
        return listings.query("SELECT " + COLUMNS + " FROM analysis_runs WHERE " + VISIBLE
                        + " AND (:match IS NULL OR match_id = :match) AND (:status IS NULL OR status = :status)",
                        "submitted_at DESC, id DESC")
                .param("teams", orNone(teams)).param("user", user).param("match", matchId)
                .param("status", status == null ? null : status.name()).page(page, rows);
    }

    /** The latest run of a match key that the caller may see. */
    Optional<Run> findLatestVisibleByMatch(String matchId, List<String> teams, String user) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM analysis_runs WHERE match_id = :match AND " + VISIBLE
                        + " ORDER BY submitted_at DESC, id DESC LIMIT 1")
                .param("match", matchId).param("teams", orNone(teams)).param("user", user).query(rows).optional();
    }

    /** Whether the caller has a run on this match key (ad-hoc match ids have no fixture). */
    boolean existsVisibleByMatch(String matchId, List<String> teams, String user) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM analysis_runs WHERE match_id = :match AND " + VISIBLE + ")")
                .param("match", matchId).param("teams", orNone(teams)).param("user", user)
                .query(Boolean.class).single();
    }

    /** The runs of a match key that the caller may see: id and status, one query. */
    List<RunRef> findAllRefsVisibleByMatch(String matchId, List<String> teams, String user) {
        return jdbc.sql("SELECT id, status FROM analysis_runs WHERE match_id = :match AND " + VISIBLE)
                .param("match", matchId).param("teams", orNone(teams)).param("user", user)
                .query((rs, n) -> new RunRef(rs.getString("id"), RunStatus.valueOf(rs.getString("status")))).list();
    }

    /** A run's id and status. */
    record RunRef(String id, RunStatus status) {
    }

    /** The oldest QUEUED run ids, in submission order. */
    List<String> findQueuedIds(int limit) {
        return jdbc.sql("SELECT id FROM analysis_runs WHERE status = 'QUEUED' ORDER BY submitted_at, id LIMIT :limit")
                .param("limit", limit).query(String.class).list();
    }

    /** QUEUED → PROCESSING for this owner; 0 when another instance (or a cancel) was first. */
    int claim(String id, String owner) {
        return jdbc.sql("""
                UPDATE analysis_runs
                   SET status = 'PROCESSING', owner_instance = :owner, heartbeat_at = NOW(6),
                       started_at = NOW(6), message = 'Starting analysis'
                 WHERE id = :id AND status = 'QUEUED'
                """).param("id", id).param("owner", owner).update();
    }

    int heartbeat(Collection<String> ids, String owner) {
        return jdbc.sql("""
                UPDATE analysis_runs SET heartbeat_at = NOW(6)
                 WHERE id IN (:ids) AND status = 'PROCESSING' AND owner_instance = :owner
                """).param("ids", ids).param("owner", owner).update();
    }

    /** Of the given runs, those this owner no longer holds (cancelled, marked stale, deleted, …). */
    List<String> findIdsNotHeld(Collection<String> ids, String owner) {
        List<String> held = jdbc.sql("""
                SELECT id FROM analysis_runs WHERE id IN (:ids) AND status = 'PROCESSING' AND owner_instance = :owner
                """).param("ids", ids).param("owner", owner).query(String.class).list();
        return ids.stream().filter(id -> !held.contains(id)).toList();
    }

    int updateProgress(String id, String owner, double progress, @Nullable String message) {
        return jdbc.sql("""
                UPDATE analysis_runs
                   SET progress = GREATEST(progress, :progress), message = :message, heartbeat_at = NOW(6)
                 WHERE id = :id AND status = 'PROCESSING' AND owner_instance = :owner
                """).param("id", id).param("owner", owner).param("progress", clamp(progress))
                .param("message", truncate(message)).update();
    }

    int complete(String id, String owner, Map<String, Object> outputs, String message) {
        return jdbc.sql("""
                UPDATE analysis_runs
                   SET status = 'COMPLETED', progress = 1, message = :message, outputs = :outputs, error = NULL,
                       heartbeat_at = NOW(6), completed_at = NOW(6)
                 WHERE id = :id AND status = 'PROCESSING' AND owner_instance = :owner
                """).param("id", id).param("owner", owner).param("message", truncate(message))
                .param("outputs", json.writeValueAsString(outputs)).update();
    }

    int fail(String id, String owner, String error) {
        return jdbc.sql("""
                UPDATE analysis_runs
                   SET status = 'FAILED', message = :message, error = :error, heartbeat_at = NOW(6),
                       completed_at = NOW(6)
                 WHERE id = :id AND status = 'PROCESSING' AND owner_instance = :owner
                """).param("id", id).param("owner", owner).param("message", truncate("Failed: " + error))
                .param("error", error).update();
    }

    /** QUEUED or PROCESSING → CANCELLED; 0 when the run had already ended. */
    int cancel(String id) {
        return jdbc.sql("""
                UPDATE analysis_runs
                   SET status = 'CANCELLED', is_cancelled = TRUE, message = 'Cancelled by user', completed_at = NOW(6)
                 WHERE id = :id AND status IN ('QUEUED', 'PROCESSING')
                """).param("id", id).update();
    }

    List<StaleCandidate> findStale(long staleSeconds) {
        return jdbc.sql("""
                SELECT id, match_id, owner_instance FROM analysis_runs
                 WHERE status = 'PROCESSING'
                   AND COALESCE(heartbeat_at, started_at, submitted_at) < NOW(6) - INTERVAL :seconds SECOND
                 ORDER BY submitted_at
                """).param("seconds", staleSeconds)
                .query((rs, n) -> new StaleCandidate(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /**
     * Marks one stale run FAILED, only if it still has the owner it was found with and its
     * heartbeat is still old: an owner that heartbeats meanwhile keeps its run.
     */
    int markStale(StaleCandidate run, long staleSeconds, String error) {
        return jdbc.sql("""
                UPDATE analysis_runs
                   SET status = 'FAILED', message = :error, error = :error, completed_at = NOW(6)
                 WHERE id = :id AND status = 'PROCESSING' AND owner_instance <=> :owner
                   AND COALESCE(heartbeat_at, started_at, submitted_at) < NOW(6) - INTERVAL :seconds SECOND
                """).param("id", run.id()).param("owner", run.owner()).param("seconds", staleSeconds)
                .param("error", truncate(error)).update();
    }

    int deleteById(String id) {
        return jdbc.sql("DELETE FROM analysis_runs WHERE id = :id").param("id", id).update();
    }

    int countByInputPath(String path) {
        return jdbc.sql("SELECT COUNT(*) FROM analysis_runs WHERE input_video_path = :path")
                .param("path", path).query(Integer.class).single();
    }

    /**
     * Sets the segment count of the runs' report rows ({@code report_data.segments}) to 0, once
     * their segments are deleted; reports without that field are left as they are.
     */
    int clearReportSegmentCounts(Collection<String> runIds) {
        if (runIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                UPDATE analysis_reports SET report_data = JSON_SET(report_data, '$.segments', 0)
                 WHERE analysis_id IN (:runs) AND JSON_CONTAINS_PATH(report_data, 'one', '$.segments')
                """).param("runs", runIds).update();
    }

    /** The final report of a run: one row per run, rewritten when the run completes again. */
    int upsertReport(String id, Run run, Map<String, Object> report) {
        return jdbc.sql("""
                INSERT INTO analysis_reports (id, match_id, analysis_id, report_type, title, status, report_data, created_by)
                VALUES (:id, :match, :run, 'analysis', :title, 'COMPLETED', :data, :user)
                ON DUPLICATE KEY UPDATE title = VALUES(title), status = VALUES(status), report_data = VALUES(report_data)
                """).param("id", id).param("match", run.matchId()).param("run", run.id())
                .param("title", truncate200("Analysis of " + (run.inputVideoName() == null ? "video" : run.inputVideoName())))
                .param("data", json.writeValueAsString(report)).param("user", run.userId()).update();
    }

    private Run run(ResultSet rs, int rowNum) throws SQLException {
        String outputs = rs.getString("outputs");
        long size = rs.getLong("input_size_bytes");
        Long sizeOrNull = rs.wasNull() ? null : size;
        return new Run(rs.getString("id"), rs.getString("match_id"), rs.getString("team_id"), rs.getString("user_id"),
                rs.getString("retry_of"), rs.getString("input_video_name"), rs.getString("input_video_path"),
                rs.getString("input_sha256"), sizeOrNull, rs.getInt("frame_limit"),
                rs.getBoolean("skip_json"), rs.getDouble("confidence_threshold"), RunStatus.valueOf(rs.getString("status")),
                rs.getDouble("progress"), rs.getString("message"), rs.getString("error"),
                outputs == null || outputs.isBlank() ? Map.of() : json.readValue(outputs, MAP),
                rs.getBoolean("is_cancelled"), rs.getInt("attempt"), rs.getString("owner_instance"),
                rs.getObject("heartbeat_at", LocalDateTime.class), rs.getObject("submitted_at", LocalDateTime.class),
                rs.getObject("started_at", LocalDateTime.class), rs.getObject("completed_at", LocalDateTime.class));
    }

    private static List<String> orNone(List<String> teams) {
        // IN () is not SQL; an id no team has keeps the clause valid and false
        return teams.isEmpty() ? List.of("-") : teams;
    }

    private static double clamp(double progress) {
        return Double.isNaN(progress) ? 0 : Math.max(0, Math.min(1, progress));
    }

    private static @Nullable String truncate(@Nullable String text) {
        return text == null || text.length() <= 1024 ? text : text.substring(0, 1021) + "...";
    }

    private static String truncate200(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
