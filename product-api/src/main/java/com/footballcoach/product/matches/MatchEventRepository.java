package com.footballcoach.product.matches;

import com.footballcoach.platform.jdbc.Rows;
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

    MatchEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The events of one match, or of every match of these teams, by match date then minute. */
    List<MatchEvent> findAll(List<String> teamIds, @Nullable String matchId, int limit, int offset) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                  JOIN matches m ON m.id = x.match_id
                 WHERE (m.home_team_id IN (:teams) OR m.away_team_id IN (:teams))
                   AND (:match IS NULL OR x.match_id = :match)
                 ORDER BY m.date_time DESC, m.id, x.minute, x.created_at, x.id
                 LIMIT :limit OFFSET :offset
                """).param("teams", teamIds).param("match", matchId).param("limit", limit).param("offset", offset)
                .query(Rows.of(MatchEvent.class)).list();
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
