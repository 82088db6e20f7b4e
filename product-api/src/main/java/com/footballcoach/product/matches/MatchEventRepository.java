package com.footballcoach.product.matches;

import com.footballcoach.platform.jdbc.Listings;
import com.footballcoach.platform.jdbc.Rows;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.PageRequest;
import com.footballcoach.product.shared.RecordParams;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MatchEventRepository {

    private static final String SELECT = """
            SELECT x.id, x.match_id, x.player_id, x.team_id, x.event_type, x.minute, x.video_timestamp,
                   x.coordinates, x.created_at FROM match_events x
            """;

    private final JdbcClient jdbc;
    private final Listings listings;

    MatchEventRepository(JdbcClient jdbc, Listings listings) {
        this.jdbc = jdbc;
        this.listings = listings;
    }

    /** The events of one match, or of every match of these teams, by match date then minute. */
    Listing<MatchEvent> findAll(List<String> teamIds, @Nullable String matchId, PageRequest page) {
        if (teamIds.isEmpty()) {
            return Listing.empty(page);
        }
        return listings.query(SELECT + """
                  JOIN matches m ON m.id = x.match_id
                 WHERE (m.home_team_id IN (:teams) OR m.away_team_id IN (:teams))
                   AND (:match IS NULL OR x.match_id = :match)""", "m.date_time DESC, m.id, x.minute, x.created_at, x.id")
                .param("teams", teamIds).param("match", matchId).page(page, Rows.of(MatchEvent.class));
    }

    Optional<MatchEvent> findById(String id) {
        return jdbc.sql(SELECT + " WHERE x.id = :id").param("id", id).query(Rows.of(MatchEvent.class)).optional();
    }

    void insert(String id, MatchEventController.EventInput v) {
        jdbc.sql("""
                INSERT INTO match_events (id, match_id, player_id, team_id, event_type, minute, video_timestamp, coordinates)
                VALUES (:id, :matchId, :playerId, :teamId, :eventType, :minute, :videoTimestamp, :coordinates)
                """).paramSource(RecordParams.of(v).and("id", id)).update();
    }

    int update(String id, MatchEventController.EventInput v) {
        return jdbc.sql("""
                UPDATE match_events SET player_id = COALESCE(:playerId, player_id), team_id = COALESCE(:teamId, team_id),
                       event_type = COALESCE(:eventType, event_type), minute = COALESCE(:minute, minute),
                       video_timestamp = COALESCE(:videoTimestamp, video_timestamp),
                       coordinates = COALESCE(:coordinates, coordinates)
                 WHERE id = :id
                """).paramSource(RecordParams.of(v).and("id", id)).update();
    }

    int deleteById(String id) {
        return jdbc.sql("DELETE FROM match_events WHERE id = :id").param("id", id).update();
    }
}
