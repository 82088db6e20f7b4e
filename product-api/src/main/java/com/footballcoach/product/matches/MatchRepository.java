package com.footballcoach.product.matches;

import com.footballcoach.platform.jdbc.Listings;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MatchRepository {

    private static final String SELECT = """
            SELECT m.id, m.home_team_id, m.away_team_id, h.name AS home_team_name, a.name AS away_team_name,
                   m.event_id, e.name AS event_name, m.date_time, m.venue, m.status, m.home_score, m.away_score,
                   m.video_anchor_seconds, m.created_at, h.user_id AS home_owner, a.user_id AS away_owner
              FROM matches m
              JOIN teams h ON h.id = m.home_team_id
              JOIN teams a ON a.id = m.away_team_id
              LEFT JOIN events e ON e.id = m.event_id
            """;

    private final JdbcClient jdbc;
    private final Listings listings;

    MatchRepository(JdbcClient jdbc, Listings listings) {
        this.jdbc = jdbc;
        this.listings = listings;
    }

    /** A match with the owners of both sides, so that the caller's scope is checked without another query. */
    record MatchRow(Match match, @Nullable String homeOwner, @Nullable String awayOwner) {
    }

    Optional<MatchRow> findById(String id) {
        return jdbc.sql(SELECT + " WHERE m.id = :id").param("id", id).query(MatchRepository::row).optional();
    }

    /** The matches of these teams (either side), newest first, optionally filtered. */
    Listing<Match> findAllForTeams(List<String> teamIds, @Nullable String status, @Nullable String eventId,
            PageRequest page) {
        if (teamIds.isEmpty()) {
            return Listing.empty(page);
        }
        return listings.query(SELECT + """
                 WHERE (m.home_team_id IN (:teams) OR m.away_team_id IN (:teams))
                   AND (:status IS NULL OR m.status = :status)
                   AND (:event IS NULL OR m.event_id = :event)""", "m.date_time DESC, m.id")
                .param("teams", teamIds).param("status", status).param("event", eventId)
                .page(page, (rs, n) -> row(rs, n).match());
    }

    void insert(String id, String home, String away, @Nullable String eventId, LocalDateTime dateTime,
            @Nullable String venue, String status, int homeScore, int awayScore) {
        jdbc.sql("""
                INSERT INTO matches (id, home_team_id, away_team_id, event_id, date_time, venue, status, home_score, away_score)
                VALUES (:id, :home, :away, :event, :dateTime, :venue, :status, :homeScore, :awayScore)
                """).param("id", id).param("home", home).param("away", away).param("event", eventId)
                .param("dateTime", dateTime).param("venue", venue).param("status", status)
                .param("homeScore", homeScore).param("awayScore", awayScore).update();
    }

    int update(String id, @Nullable String home, @Nullable String away, @Nullable String eventId,
            @Nullable LocalDateTime dateTime, @Nullable String venue, @Nullable String status,
            @Nullable Integer homeScore, @Nullable Integer awayScore) {
        return jdbc.sql("""
                UPDATE matches SET home_team_id = COALESCE(:home, home_team_id),
                       away_team_id = COALESCE(:away, away_team_id), event_id = COALESCE(:event, event_id),
                       date_time = COALESCE(:dateTime, date_time), venue = COALESCE(:venue, venue),
                       status = COALESCE(:status, status), home_score = COALESCE(:homeScore, home_score),
                       away_score = COALESCE(:awayScore, away_score)
                 WHERE id = :id
                """).param("id", id).param("home", home).param("away", away).param("event", eventId)
                .param("dateTime", dateTime).param("venue", venue).param("status", status)
                .param("homeScore", homeScore).param("awayScore", awayScore).update();
    }

    /** Sets the anchor unless one is set already (or {@code force}); the row count says whether it did. */
    int setAnchor(String id, int seconds, boolean force) {
        return jdbc.sql("""
                UPDATE matches SET video_anchor_seconds = :seconds
                 WHERE id = :id AND (video_anchor_seconds IS NULL OR :force)
                """).param("id", id).param("seconds", seconds).param("force", force).update();
    }

    int resetAnchor(String id) {
        return jdbc.sql("UPDATE matches SET video_anchor_seconds = NULL WHERE id = :id").param("id", id).update();
    }

    int deleteById(String id) {
        return jdbc.sql("DELETE FROM matches WHERE id = :id").param("id", id).update();
    }

    private static MatchRow row(ResultSet rs, int n) throws SQLException {
        int anchor = rs.getInt("video_anchor_seconds");
        Integer videoAnchor = rs.wasNull() ? null : anchor;
        Match match = new Match(rs.getString("id"), rs.getString("home_team_id"), rs.getString("away_team_id"),
                rs.getString("home_team_name"), rs.getString("away_team_name"), rs.getString("event_id"),
                rs.getString("event_name"), rs.getObject("date_time", LocalDateTime.class), rs.getString("venue"),
                rs.getString("status"), rs.getInt("home_score"), rs.getInt("away_score"), videoAnchor,
                rs.getObject("created_at", LocalDateTime.class));
        return new MatchRow(match, rs.getString("home_owner"), rs.getString("away_owner"));
    }
}
