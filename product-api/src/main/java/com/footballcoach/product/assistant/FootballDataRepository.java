package com.footballcoach.product.assistant;

import com.footballcoach.product.assistant.FootballData.MatchSummary;
import com.footballcoach.product.assistant.FootballData.PlayerStats;
import com.footballcoach.product.assistant.FootballData.TeamRecord;
import com.footballcoach.product.assistant.FootballData.TopPerformer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reads of retrieval: one set query each, scoped to the team ids it is given. */
@Repository
class FootballDataRepository {

    private static final String NONE = "-";

    private final JdbcClient jdbc;

    FootballDataRepository(TimedJdbc jdbc) {
        this.jdbc = jdbc.client();
    }

    /** Each player's averages over their last {@code window} matches with minutes (players of the given teams only). */
    List<PlayerStats> playerStats(List<String> playerIds, List<String> teamIds, int window) {
        if (playerIds.isEmpty() || teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                WITH recent AS (
                    SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s.player_id ORDER BY m.date_time DESC, m.id DESC) AS rn
                      FROM player_match_statistics s
                      JOIN matches m ON m.id = s.match_id AND m.status = 'completed'
                     WHERE s.player_id IN (:players) AND s.minutes_played > 0
                )
                SELECT p.id, p.name, t.name AS team_name, p.jersey_number, p.position,
                       COUNT(r.id) AS matches, COALESCE(SUM(r.minutes_played), 0) AS minutes,
                       COALESCE(SUM(r.shots), 0) AS shots, COALESCE(SUM(r.passes), 0) AS passes,
                       COALESCE(SUM(r.tackles), 0) AS tackles, COALESCE(AVG(r.sprint_count), 0) AS sprints,
                       COALESCE(AVG(r.pressures), 0) AS pressures, COALESCE(AVG(r.distance_covered_km), 0) AS distance,
                       AVG(r.rating) AS rating
                  FROM players p
                  JOIN teams t ON t.id = p.team_id
                  LEFT JOIN recent r ON r.player_id = p.id AND r.rn <= :window
                 WHERE p.id IN (:players) AND p.team_id IN (:teams)
                 GROUP BY p.id, p.name, t.name, p.jersey_number, p.position
                 ORDER BY p.name, p.id
                """).param("players", playerIds).param("teams", teamIds).param("window", window)
                .query((rs, i) -> new PlayerStats(rs.getString("id"), rs.getString("name"), rs.getString("team_name"),
                        nullableInt(rs, "jersey_number"), rs.getString("position"), window, rs.getInt("matches"),
                        rs.getInt("minutes"), rs.getInt("shots"), rs.getInt("passes"), rs.getInt("tackles"),
                        rs.getDouble("sprints"), rs.getDouble("pressures"), rs.getDouble("distance"),
                        nullableDouble(rs, "rating")))
                .list();
    }

    /**
     * The latest matches of the caller's teams, newest first: one match when {@code matchId} is
     * given, else completed matches, against the given opponents when there are any.
     */
    List<MatchSummary> matches(List<String> teamIds, @Nullable String matchId, List<String> opponentIds, int limit) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                WITH ours AS (
                    SELECT m.id, m.date_time, m.status, m.home_team_id, m.away_team_id, m.home_score, m.away_score,
                           CASE WHEN m.home_team_id IN (:teams) THEN m.home_team_id ELSE m.away_team_id END AS team_id,
                           ROW_NUMBER() OVER (ORDER BY m.date_time DESC, m.id DESC) AS rn,
                           COUNT(*) OVER () AS total
                      FROM matches m
                     WHERE (m.home_team_id IN (:teams) OR m.away_team_id IN (:teams))
                       AND (m.id = :match OR (:match = '-' AND m.status = 'completed'))
                       AND (:anyOpponent = 0 OR m.home_team_id IN (:opponents) OR m.away_team_id IN (:opponents))
                )
                SELECT o.id, o.date_time, o.status, h.name AS home_name, a.name AS away_name, o.home_score,
                       o.away_score, o.team_id, ot.name AS team_name, s.possession_percentage, s.expected_goals,
                       s.total_shots, s.pressures, o.total
                  FROM ours o
                  JOIN teams h ON h.id = o.home_team_id
                  JOIN teams a ON a.id = o.away_team_id
                  JOIN teams ot ON ot.id = o.team_id
                  LEFT JOIN match_team_statistics s ON s.match_id = o.id AND s.team_id = o.team_id
                 WHERE o.rn <= :limit
                 ORDER BY o.date_time DESC, o.id DESC
                """).param("teams", teamIds).param("match", matchId == null ? NONE : matchId)
                .param("anyOpponent", opponentIds.isEmpty() ? 0 : 1)
                .param("opponents", opponentIds.isEmpty() ? List.of(NONE) : opponentIds).param("limit", limit)
                .query((rs, i) -> new MatchSummary(rs.getString("id"), rs.getObject("date_time", java.time.LocalDateTime.class),
                        rs.getString("status"), rs.getString("home_name"), rs.getString("away_name"),
                        rs.getInt("home_score"), rs.getInt("away_score"), rs.getString("team_id"),
                        rs.getString("team_name"), nullableDouble(rs, "possession_percentage"),
                        nullableDouble(rs, "expected_goals"), nullableInt(rs, "total_shots"),
                        nullableInt(rs, "pressures"), rs.getInt("total")))
                .list();
    }

    /** The best-rated player of the caller's side in each of the given matches. */
    List<TopPerformer> topPerformers(List<MatchSummary> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                WITH ranked AS (
                    SELECT s.match_id, p.id, p.name, s.rating,
                           ROW_NUMBER() OVER (PARTITION BY s.match_id ORDER BY s.rating DESC, p.name, p.id) AS rn
                      FROM player_match_statistics s
                      JOIN match_lineups l ON l.match_id = s.match_id AND l.player_id = s.player_id
                      JOIN players p ON p.id = s.player_id
                     WHERE s.match_id IN (:matches) AND l.team_id IN (:teams) AND s.rating IS NOT NULL
                )
                SELECT match_id, id, name, rating FROM ranked WHERE rn = 1
                """).param("matches", matches.stream().map(MatchSummary::matchId).toList())
                .param("teams", matches.stream().map(MatchSummary::teamId).distinct().toList())
                .query((rs, i) -> new TopPerformer(rs.getString("match_id"), rs.getString("id"), rs.getString("name"),
                        rs.getDouble("rating")))
                .list();
    }

    /** Each team's record in its completed matches. */
    List<TeamRecord> teamRecords(List<String> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                WITH results AS (
                    SELECT t.id AS team_id, t.name,
                           CASE WHEN m.home_team_id = t.id THEN m.home_score ELSE m.away_score END AS scored,
                           CASE WHEN m.home_team_id = t.id THEN m.away_score ELSE m.home_score END AS conceded
                      FROM teams t
                      JOIN matches m ON (m.home_team_id = t.id OR m.away_team_id = t.id) AND m.status = 'completed'
                     WHERE t.id IN (:teams)
                )
                SELECT team_id, name, COUNT(*) AS played,
                       SUM(CASE WHEN scored > conceded THEN 1 ELSE 0 END) AS won,
                       SUM(CASE WHEN scored = conceded THEN 1 ELSE 0 END) AS drawn,
                       SUM(CASE WHEN scored < conceded THEN 1 ELSE 0 END) AS lost,
                       SUM(scored) AS goals_for, SUM(conceded) AS goals_against
                  FROM results
                 GROUP BY team_id, name
                 ORDER BY played DESC, name
                """).param("teams", teamIds)
                .query((rs, i) -> new TeamRecord(rs.getString("team_id"), rs.getString("name"), rs.getInt("played"),
                        rs.getInt("won"), rs.getInt("drawn"), rs.getInt("lost"), rs.getInt("goals_for"),
                        rs.getInt("goals_against")))
                .list();
    }

    static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
