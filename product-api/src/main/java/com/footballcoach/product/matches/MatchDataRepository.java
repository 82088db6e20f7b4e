package com.footballcoach.product.matches;

import com.footballcoach.platform.jdbc.Rows;
import com.footballcoach.product.shared.JsonColumns;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads of one match's data, each one query whatever the size of the match: the lineups with
 * their players and formations, the events by minute, the player and the team statistics.
 */
@Repository
class MatchDataRepository {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    MatchDataRepository(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A lineup row joined with its player and formation. */
    record LineupRow(String teamId, MatchDetails.PlayerWithPosition player,
            MatchDetails.@org.jspecify.annotations.Nullable LineupFormation formation) {
    }

    List<LineupRow> findLineupRows(String matchId) {
        return jdbc.sql("""
                SELECT l.team_id, l.is_starting, l.position_in_formation,
                       p.id, p.name, p.team_id AS player_team_id, p.position, p.jersey_number, p.birth_date,
                       p.dominant_foot, p.height_cm, p.weight_kg, p.nationality, p.country_code, p.image_url,
                       p.market_value, p.created_at,
                       f.id AS formation_id, f.name AS formation_name, f.description AS formation_description,
                       f.created_at AS formation_created_at
                  FROM match_lineups l
                  JOIN players p ON p.id = l.player_id
                  LEFT JOIN formations f ON f.id = l.formation_id
                 WHERE l.match_id = :match
                 ORDER BY l.team_id, l.is_starting DESC, p.jersey_number IS NULL, p.jersey_number, p.name, p.id
                """).param("match", matchId).query(MatchDataRepository::lineupRow).list();
    }

    List<MatchEvent> findEvents(String matchId) {
        return jdbc.sql("""
                SELECT id, match_id, player_id, team_id, event_type, minute, video_timestamp, coordinates, created_at
                  FROM match_events WHERE match_id = :match ORDER BY minute, created_at, id
                """).param("match", matchId).query(Rows.of(MatchEvent.class)).list();
    }

    List<PlayerStatistics> findPlayerStatistics(String matchId) {
        return jdbc.sql(PlayerStatistics.SELECT + """
                 JOIN players p ON p.id = s.player_id
                 WHERE s.match_id = :match ORDER BY p.name, s.id
                """).param("match", matchId).query(Rows.of(PlayerStatistics.class)).list();
    }

    List<TeamStatistics> findTeamStatistics(String matchId) {
        return jdbc.sql("""
                SELECT s.id, s.match_id, s.team_id, s.possession_percentage, s.expected_goals, s.total_shots,
                       s.shots_on_target, s.pressures, s.final_third_passes, s.high_turnover_zones_data,
                       s.set_piece_xg_breakdown_data, s.transition_speed_data, s.build_up_patterns,
                       s.defensive_block_patterns, s.pass_network_data, s.zone_analysis_data,
                       s.tactical_weakness_data, s.created_at
                  FROM match_team_statistics s
                  JOIN matches m ON m.id = s.match_id
                 WHERE s.match_id = :match
                 ORDER BY s.team_id = m.away_team_id, s.id
                """).param("match", matchId).query(this::teamStatistics).list();
    }

    private TeamStatistics teamStatistics(ResultSet rs, int n) throws SQLException {
        return new TeamStatistics(rs.getString("id"), rs.getString("match_id"), rs.getString("team_id"),
                rs.getBigDecimal("possession_percentage"), rs.getBigDecimal("expected_goals"),
                integer(rs, "total_shots"), integer(rs, "shots_on_target"), integer(rs, "pressures"),
                integer(rs, "final_third_passes"), json.read(rs.getString("high_turnover_zones_data")),
                json.read(rs.getString("set_piece_xg_breakdown_data")),
                json.read(rs.getString("transition_speed_data")), json.read(rs.getString("build_up_patterns")),
                json.read(rs.getString("defensive_block_patterns")), json.read(rs.getString("pass_network_data")),
                json.read(rs.getString("zone_analysis_data")), json.read(rs.getString("tactical_weakness_data")),
                rs.getObject("created_at", LocalDateTime.class));
    }

    private static LineupRow lineupRow(ResultSet rs, int n) throws SQLException {
        BigDecimal marketValue = rs.getBigDecimal("market_value");
        var player = new MatchDetails.PlayerWithPosition(rs.getString("id"), rs.getString("name"),
                rs.getString("player_team_id"), rs.getString("position"), integer(rs, "jersey_number"),
                rs.getObject("birth_date", java.time.LocalDate.class), rs.getString("dominant_foot"),
                integer(rs, "height_cm"), integer(rs, "weight_kg"), rs.getString("nationality"),
                rs.getString("country_code"), rs.getString("image_url"), marketValue,
                rs.getObject("created_at", LocalDateTime.class), rs.getString("position_in_formation"),
                rs.getBoolean("is_starting"));
        String formationId = rs.getString("formation_id");
        var formation = formationId == null ? null : new MatchDetails.LineupFormation(formationId,
                rs.getString("formation_name"), rs.getString("formation_description"),
                rs.getObject("formation_created_at", LocalDateTime.class));
        return new LineupRow(rs.getString("team_id"), player, formation);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
