package com.footballcoach.product.exports;

import com.footballcoach.product.shared.JsonColumns;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/**
 * The reads of the exports, one query each whatever the size of the match. The alerts with their
 * decisions come from {@link com.footballcoach.platform.alerts.DecisionReview}, where the rules of
 * decisions and effects live.
 */
@Repository
class ExportRepository {

    /** The match with both teams and their owners, so the caller's scope is checked without another query. */
    record MatchHeader(String id, LocalDateTime dateTime, @Nullable String venue, String status, String homeTeamId,
            String homeTeam, @Nullable String homeOwner, String awayTeamId, String awayTeam, @Nullable String awayOwner,
            int homeScore, int awayScore, @Nullable Integer videoAnchorSeconds, @Nullable String competition) {
    }

    /** A segment of the engine's latest run of the match: its match seconds, severity and the coached team's tags. */
    record SegmentRow(int index, @Nullable Double startSec, @Nullable Double endSec, @Nullable Double severity,
            @Nullable String severityLabel, @Nullable String recommendation, List<String> tags) {
    }

    record NoteRow(String id, String noteType, String content, double videoTimestamp, @Nullable String author) {
    }

    record EventRow(String id, String eventType, int minute, @Nullable Double videoTimestamp, @Nullable String player,
            @Nullable Integer jersey, @Nullable String team) {
    }

    record TeamStats(String teamId, @Nullable BigDecimal possession, @Nullable BigDecimal expectedGoals,
            @Nullable Integer shots, @Nullable Integer shotsOnTarget, @Nullable Integer pressures,
            @Nullable Integer finalThirdPasses) {
    }

    record TopPlayer(String name, @Nullable Integer jersey, @Nullable String team, @Nullable Integer minutes,
            BigDecimal rating) {
    }

    private final JdbcClient jdbc;
    private final JsonColumns json;

    ExportRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<MatchHeader> findMatch(String id) {
        return jdbc.sql("""
                SELECT m.id, m.date_time, m.venue, m.status, m.home_team_id, h.name AS home_team, h.user_id AS home_owner,
                       m.away_team_id, a.name AS away_team, a.user_id AS away_owner, m.home_score, m.away_score,
                       m.video_anchor_seconds, e.name AS competition
                  FROM matches m
                  JOIN teams h ON h.id = m.home_team_id
                  JOIN teams a ON a.id = m.away_team_id
                  LEFT JOIN events e ON e.id = m.event_id
                 WHERE m.id = :id
                """).param("id", id).query((rs, n) -> new MatchHeader(rs.getString("id"),
                        rs.getObject("date_time", LocalDateTime.class), rs.getString("venue"), rs.getString("status"),
                        rs.getString("home_team_id"), rs.getString("home_team"), rs.getString("home_owner"),
                        rs.getString("away_team_id"), rs.getString("away_team"), rs.getString("away_owner"),
                        rs.getInt("home_score"), rs.getInt("away_score"), integer(rs, "video_anchor_seconds"),
                        rs.getString("competition"))).optional();
    }

    /**
     * The segments of the match's latest run that has any (a retried run repeats the windows of
     * the one before), by index.
     */
    List<SegmentRow> findAllSegments(String matchId) {
        return jdbc.sql("""
                SELECT s.segment_index, s.start_sec, s.end_sec, s.severity_score, s.severity_label, s.recommendation,
                       s.analysis_json
                  FROM analysis_segments s
                 WHERE s.match_id = :match
                   AND s.analysis_id = (SELECT x.analysis_id FROM analysis_segments x
                                          JOIN analysis_runs r ON r.id = x.analysis_id
                                         WHERE x.match_id = :match
                                         ORDER BY r.submitted_at DESC, r.id DESC LIMIT 1)
                 ORDER BY s.segment_index
                """).param("match", matchId).query((rs, n) -> new SegmentRow(rs.getInt("segment_index"),
                        rs.getObject("start_sec", Double.class), rs.getObject("end_sec", Double.class),
                        rs.getObject("severity_score", Double.class), rs.getString("severity_label"),
                        rs.getString("recommendation"), tags(rs.getString("analysis_json")))).list();
    }

    /** The notes of the match by video time, with the author's display name. */
    List<NoteRow> findAllNotes(String matchId) {
        return jdbc.sql("""
                SELECT n.id, n.note_type, n.content, n.video_timestamp, COALESCE(s.name, u.full_name, u.email) AS author
                  FROM match_notes n
                  JOIN users u ON u.id = n.user_id
                  LEFT JOIN staff s ON s.user_id = u.id
                 WHERE n.match_id = :match
                 ORDER BY n.video_timestamp, n.created_at, n.id
                """).param("match", matchId).query((rs, n) -> new NoteRow(rs.getString("id"), rs.getString("note_type"),
                        rs.getString("content"), rs.getDouble("video_timestamp"), rs.getString("author"))).list();
    }

    /** The match events by minute, with the player and the team. */
    List<EventRow> findAllEvents(String matchId) {
        return jdbc.sql("""
                SELECT e.id, e.event_type, e.minute, e.video_timestamp, p.name AS player, p.jersey_number,
                       COALESCE(t.name, pt.name) AS team
                  FROM match_events e
                  LEFT JOIN players p ON p.id = e.player_id
                  LEFT JOIN teams t ON t.id = e.team_id
                  LEFT JOIN teams pt ON pt.id = p.team_id
                 WHERE e.match_id = :match
                 ORDER BY e.minute, e.created_at, e.id
                """).param("match", matchId).query((rs, n) -> new EventRow(rs.getString("id"),
                        rs.getString("event_type"), rs.getInt("minute"), rs.getObject("video_timestamp", Double.class),
                        rs.getString("player"), integer(rs, "jersey_number"), rs.getString("team"))).list();
    }

    List<TeamStats> findAllTeamStatistics(String matchId) {
        return jdbc.sql("""
                SELECT team_id, possession_percentage, expected_goals, total_shots, shots_on_target, pressures,
                       final_third_passes
                  FROM match_team_statistics WHERE match_id = :match ORDER BY team_id, id
                """).param("match", matchId).query((rs, n) -> new TeamStats(rs.getString("team_id"),
                        rs.getBigDecimal("possession_percentage"), rs.getBigDecimal("expected_goals"),
                        integer(rs, "total_shots"), integer(rs, "shots_on_target"), integer(rs, "pressures"),
                        integer(rs, "final_third_passes"))).list();
    }

    /** The best-rated players of the match, best first. */
    List<TopPlayer> findTopPlayers(String matchId, int limit) {
        return jdbc.sql("""
                SELECT p.name, p.jersey_number, t.name AS team, s.minutes_played, s.rating
                  FROM player_match_statistics s
                  JOIN players p ON p.id = s.player_id
                  LEFT JOIN teams t ON t.id = p.team_id
                 WHERE s.match_id = :match AND s.rating IS NOT NULL
                 ORDER BY s.rating DESC, p.name, s.id
                 LIMIT :limit
                """).param("match", matchId).param("limit", limit).query((rs, n) -> new TopPlayer(rs.getString("name"),
                        integer(rs, "jersey_number"), rs.getString("team"), integer(rs, "minutes_played"),
                        rs.getBigDecimal("rating"))).list();
    }

    private List<String> tags(@Nullable String analysis) {
        JsonNode node = json.read(analysis);
        List<String> tags = new ArrayList<>();
        JsonNode array = node == null ? null : node.get("team_a_tags");
        if (array != null && array.isArray()) {
            array.forEach(tag -> {
                if (tag.isString() && !tag.asString().isBlank()) {
                    tags.add(tag.asString());
                }
            });
        }
        return tags;
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
