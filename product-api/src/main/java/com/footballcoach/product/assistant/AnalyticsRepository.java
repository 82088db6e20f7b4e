package com.footballcoach.product.assistant;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The analytical questions, answered in SQL with window functions (MariaDB 10.6+ and MySQL 8.0),
 * over completed matches of the given teams only. A match "played" is one with minutes.
 */
@Repository
class AnalyticsRepository {

    /** Matches needed for a sprint trend: the last 5 against the 5 before. */
    static final int TREND_MATCHES = 10;

    private final JdbcClient jdbc;

    AnalyticsRepository(TimedJdbc jdbc) {
        this.jdbc = jdbc.client();
    }

    /** A player's sprint trend; the means are null when the player has played too few matches. */
    record SprintTrend(String playerId, String name, String teamId, int matches, @Nullable Double recentMean,
            @Nullable Double previousMean) {

        boolean eligible() {
            return matches >= TREND_MATCHES && recentMean != null && previousMean != null;
        }

        double delta() {
            return recentMean == null || previousMean == null ? 0 : recentMean - previousMean;
        }
    }

    /** A player's average rating over the team's last N matches. */
    record RatingLeader(String playerId, String name, String teamId, int matches, double averageRating) {
    }

    /** A formation of one team, with the average pressures of its starting line-ups. */
    record FormationPressing(String teamId, String teamName, String formationId, String formationName, int matches,
            double averagePressures, double teamAverage, int rank) {
    }

    /**
     * Every player of the teams with their sprint means: the last 5 matches played and the 5
     * before; eligible players first, by the difference, largest first.
     */
    List<SprintTrend> sprintTrends(List<String> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                WITH played AS (
                    SELECT s.player_id, s.sprint_count,
                           ROW_NUMBER() OVER (PARTITION BY s.player_id ORDER BY m.date_time DESC, m.id DESC) AS rn,
                           COUNT(*) OVER (PARTITION BY s.player_id) AS matches
                      FROM player_match_statistics s
                      JOIN matches m ON m.id = s.match_id AND m.status = 'completed'
                      JOIN players p ON p.id = s.player_id
                     WHERE p.team_id IN (:teams) AND s.minutes_played > 0 AND s.sprint_count IS NOT NULL
                ), means AS (
                    SELECT player_id, MAX(matches) AS matches,
                           AVG(CASE WHEN rn <= 5 THEN sprint_count END) AS recent_mean,
                           AVG(CASE WHEN rn BETWEEN 6 AND 10 THEN sprint_count END) AS previous_mean
                      FROM played
                     GROUP BY player_id
                )
                SELECT p.id, p.name, p.team_id, means.matches,
                       CASE WHEN means.matches >= 10 THEN means.recent_mean END AS recent_mean,
                       CASE WHEN means.matches >= 10 THEN means.previous_mean END AS previous_mean
                  FROM means JOIN players p ON p.id = means.player_id
                 ORDER BY CASE WHEN means.matches >= 10 THEN 0 ELSE 1 END,
                          CASE WHEN means.matches >= 10 THEN means.recent_mean - means.previous_mean END DESC,
                          p.name, p.id
                """).param("teams", teamIds)
                .query((rs, i) -> new SprintTrend(rs.getString("id"), rs.getString("name"), rs.getString("team_id"),
                        rs.getInt("matches"), FootballDataRepository.nullableDouble(rs, "recent_mean"),
                        FootballDataRepository.nullableDouble(rs, "previous_mean")))
                .list();
    }

    /** The players with the highest average rating over each team's last {@code lastMatches} completed matches. */
    List<RatingLeader> topRatings(List<String> teamIds, int lastMatches, int limit) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                WITH team_matches AS (
                    SELECT t.id AS team_id, m.id AS match_id,
                           ROW_NUMBER() OVER (PARTITION BY t.id ORDER BY m.date_time DESC, m.id DESC) AS rn
                      FROM teams t
                      JOIN matches m ON (m.home_team_id = t.id OR m.away_team_id = t.id) AND m.status = 'completed'
                     WHERE t.id IN (:teams)
                ), ratings AS (
                    SELECT p.id, p.name, p.team_id, COUNT(*) AS matches, AVG(s.rating) AS average_rating
                      FROM team_matches tm
                      JOIN player_match_statistics s ON s.match_id = tm.match_id
                      JOIN players p ON p.id = s.player_id AND p.team_id = tm.team_id
                     WHERE tm.rn <= :last AND s.rating IS NOT NULL AND s.minutes_played > 0
                     GROUP BY p.id, p.name, p.team_id
                )
                SELECT id, name, team_id, matches, average_rating
                  FROM (SELECT r.*, ROW_NUMBER() OVER (ORDER BY average_rating DESC, matches DESC, name, id) AS place
                          FROM ratings r) ranked
                 WHERE place <= :limit
                 ORDER BY place
                """).param("teams", teamIds).param("last", lastMatches).param("limit", limit)
                .query((rs, i) -> new RatingLeader(rs.getString("id"), rs.getString("name"), rs.getString("team_id"),
                        rs.getInt("matches"), rs.getDouble("average_rating")))
                .list();
    }

    /**
     * Each team's formations ranked by the average pressures of their starting line-ups (the sum
     * of the starters' pressures in a match), with the team's average over all its matches.
     */
    List<FormationPressing> pressingFormations(List<String> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                WITH starts AS (
                    SELECT l.match_id, l.team_id, l.formation_id, SUM(s.pressures) AS pressures
                      FROM match_lineups l
                      JOIN matches m ON m.id = l.match_id AND m.status = 'completed'
                      JOIN player_match_statistics s ON s.match_id = l.match_id AND s.player_id = l.player_id
                     WHERE l.team_id IN (:teams) AND l.is_starting AND l.formation_id IS NOT NULL
                       AND s.pressures IS NOT NULL
                     GROUP BY l.match_id, l.team_id, l.formation_id
                ), by_formation AS (
                    SELECT team_id, formation_id, COUNT(*) AS matches, AVG(pressures) AS average_pressures,
                           SUM(pressures) AS total_pressures
                      FROM starts
                     GROUP BY team_id, formation_id
                )
                SELECT b.team_id, t.name AS team_name, b.formation_id, f.name AS formation_name, b.matches,
                       b.average_pressures,
                       SUM(b.total_pressures) OVER (PARTITION BY b.team_id)
                         / SUM(b.matches) OVER (PARTITION BY b.team_id) AS team_average,
                       RANK() OVER (PARTITION BY b.team_id ORDER BY b.average_pressures DESC) AS pressing_rank
                  FROM by_formation b
                  JOIN teams t ON t.id = b.team_id
                  JOIN formations f ON f.id = b.formation_id
                 ORDER BY t.name, b.team_id, pressing_rank, f.name
                """).param("teams", teamIds)
                .query((rs, i) -> new FormationPressing(rs.getString("team_id"), rs.getString("team_name"),
                        rs.getString("formation_id"), rs.getString("formation_name"), rs.getInt("matches"),
                        rs.getDouble("average_pressures"), rs.getDouble("team_average"), rs.getInt("pressing_rank")))
                .list();
    }
}
