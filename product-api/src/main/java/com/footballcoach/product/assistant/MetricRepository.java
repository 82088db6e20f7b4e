package com.footballcoach.product.assistant;

import com.footballcoach.product.assistant.MetricQuery.Operation;
import com.footballcoach.product.assistant.MetricQuery.Subject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The executor of the metric layer: one {@link MetricQuery} becomes one parameterised SQL
 * statement over the completed matches of the caller's teams (and only those: the team ids are
 * the scope, and a player's rows count only in a match where the player was in one of those
 * teams' line-ups). The statement returns each subject's rows with the aggregates over its window
 * (window functions, MariaDB 10.6+ and MySQL 8.0), ranked as the operation asks.
 */
@Repository
class MetricRepository {

    private static final String NONE = "-";
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1900, 1, 1, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(9999, 1, 1, 0, 0);
    /** How far back a trend looks when the question gives no window. */
    static final int TREND_MATCHES = 10;

    private final JdbcClient jdbc;

    MetricRepository(TimedJdbc jdbc) {
        this.jdbc = jdbc.client();
    }

    /** Runs a query for the given teams (the caller's scope). */
    MetricResult run(MetricQuery query, List<String> teamIds) {
        if (teamIds.isEmpty()) {
            return new MetricResult(query, List.of());
        }
        Metric metric = query.metric();
        boolean team = metric.grain() == Metric.Grain.TEAM_MATCH;
        Integer last = query.window().lastMatches() != null ? query.window().lastMatches()
                : query.operation() == Operation.TREND ? TREND_MATCHES : null;
        int half = last == null ? 0 : (last + 1) / 2;
        String sql = """
                WITH scoped AS (
                    SELECT m.id AS match_id, m.date_time, m.home_team_id, m.away_team_id, m.home_score, m.away_score,
                           t.id AS team_id,
                           CASE WHEN m.home_team_id = t.id THEN m.away_team_id ELSE m.home_team_id END AS opponent_id,
                           ROW_NUMBER() OVER (PARTITION BY t.id ORDER BY m.date_time DESC, m.id DESC) AS rn
                      FROM teams t
                      JOIN matches m ON (m.home_team_id = t.id OR m.away_team_id = t.id) AND m.status = 'completed'
                     WHERE t.id IN (:teams)
                       AND m.date_time >= :from AND m.date_time < :to
                       AND (:anyOpponent = 0 OR m.home_team_id IN (:opponents) OR m.away_team_id IN (:opponents))
                       AND (:venue = 'any' OR (:venue = 'home' AND m.home_team_id = t.id)
                            OR (:venue = 'away' AND m.away_team_id = t.id))
                ), x AS (
                    SELECT s.*, %s AS side_id, %s AS other_id FROM scoped s WHERE s.rn <= :last
                ), facts AS (
                    %s
                ), agg AS (
                    SELECT f.*,
                           COUNT(*) OVER (PARTITION BY f.subject_id) AS n,
                           SUM(f.value) OVER (PARTITION BY f.subject_id) AS total,
                           AVG(f.value) OVER (PARTITION BY f.subject_id) AS average,
                           MAX(f.value) OVER (PARTITION BY f.subject_id) AS maximum,
                           MIN(f.value) OVER (PARTITION BY f.subject_id) AS minimum,
                           AVG(CASE WHEN f.rn <= :half THEN f.value END) OVER (PARTITION BY f.subject_id) AS recent,
                           AVG(CASE WHEN f.rn > :half THEN f.value END) OVER (PARTITION BY f.subject_id) AS earlier,
                           SUM(CASE WHEN f.rn <= :half THEN 1 ELSE 0 END) OVER (PARTITION BY f.subject_id) AS recent_n
                      FROM facts f
                     WHERE f.value IS NOT NULL
                )
                SELECT a.*, DENSE_RANK() OVER (ORDER BY %s %s) AS place
                  FROM agg a
                 ORDER BY place, a.subject_name, a.subject_id, a.date_time DESC, a.match_id
                """.formatted(
                query.subject() == Subject.OPPONENT ? "s.opponent_id" : "s.team_id",
                query.subject() == Subject.OPPONENT ? "s.team_id" : "s.opponent_id",
                team ? teamFacts(metric, query.subject() == Subject.OPPONENT && query.window().opponents().isEmpty())
                        : playerFacts(metric),
                rankKey(query), query.ascending() ? "ASC" : "DESC");
        List<String> opponents = query.window().opponents().stream().map(Roster.Team::id).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<MetricResult.Subject> subjects = jdbc.sql(sql)
                .param("teams", teamIds)
                .param("from", query.window().from() == null ? EARLIEST : query.window().from().atStartOfDay())
                .param("to", query.window().to() == null ? LATEST : query.window().to().atStartOfDay())
                .param("anyOpponent", opponents.isEmpty() ? 0 : 1)
                .param("opponents", opponents.isEmpty() ? List.of(NONE) : opponents)
                .param("venue", query.window().venue().code())
                .param("last", last == null ? Integer.MAX_VALUE : last)
                .param("half", half)
                .param("anyPlayer", query.subject() == Subject.PLAYER ? 1 : 0)
                .param("players", query.playerIds().isEmpty() ? List.of(NONE) : query.playerIds())
                .param("position", query.position() == null ? NONE : query.position())
                .param("category", query.category() == null ? NONE : query.category())
                .query(rs -> {
                    Map<String, Builder> bySubject = new LinkedHashMap<>();
                    while (rs.next()) {
                        String id = rs.getString("subject_id");
                        Builder b = bySubject.get(id);
                        if (b == null) {
                            b = new Builder(id, rs.getString("subject_name"), rs.getString("position"),
                                    rs.getInt("place"), rs.getInt("n"), rs.getDouble("total"), rs.getDouble("average"),
                                    rs.getDouble("maximum"), rs.getDouble("minimum"),
                                    FootballDataRepository.nullableDouble(rs, "recent"),
                                    FootballDataRepository.nullableDouble(rs, "earlier"), rs.getInt("recent_n"));
                            bySubject.put(id, b);
                        }
                        boolean home = rs.getString("team_id").equals(rs.getString("home_team_id"));
                        int homeScore = rs.getInt("home_score");
                        int awayScore = rs.getInt("away_score");
                        b.rows.add(new MetricResult.Row(rs.getString("match_id"),
                                rs.getObject("date_time", LocalDateTime.class).toLocalDate(),
                                rs.getString("opponent_name"), home, home ? homeScore : awayScore,
                                home ? awayScore : homeScore, rs.getDouble("value")));
                    }
                    String type = switch (query.subject()) {
                        case TEAM, OPPONENT -> "team";
                        case PLAYER, ALL_PLAYERS -> "player";
                    };
                    return bySubject.values().stream().map(b -> b.build(type)).toList();
                });
        return new MetricResult(query, subjects);
    }

    /**
     * One row per side and match; the rows' opponent, venue and score are always seen from the
     * caller's team. All opponents together are one subject unless the window names them.
     */
    private static String teamFacts(Metric metric, boolean opponentsTogether) {
        return """
                SELECT %s AS subject_id, %s AS subject_name, CAST(NULL AS CHAR) AS position, x.match_id,
                       x.date_time, x.home_team_id, x.home_score, x.away_score, x.team_id, x.rn,
                       opp.name AS opponent_name, %s AS value
                  FROM x
                  JOIN teams side ON side.id = x.side_id
                  JOIN teams opp ON opp.id = x.opponent_id
                  LEFT JOIN match_team_statistics ss ON ss.match_id = x.match_id AND ss.team_id = x.side_id
                  LEFT JOIN match_team_statistics os ON os.match_id = x.match_id AND os.team_id = x.other_id""".formatted(
                opponentsTogether ? "'opponents'" : "x.side_id", opponentsTogether ? "'Your opponents'" : "side.name",
                metric.sql());
    }

    private static String playerFacts(Metric metric) {
        return """
                SELECT p.id AS subject_id, p.name AS subject_name, p.position, x.match_id, x.date_time, x.home_team_id,
                       x.home_score, x.away_score, x.team_id, x.rn, other.name AS opponent_name, %s AS value
                  FROM x
                  JOIN match_lineups l ON l.match_id = x.match_id AND l.team_id = x.side_id
                  JOIN player_match_statistics ps ON ps.match_id = l.match_id AND ps.player_id = l.player_id
                  JOIN players p ON p.id = ps.player_id
                  JOIN teams other ON other.id = x.other_id
                 WHERE ps.minutes_played > 0
                   AND (:anyPlayer = 0 OR p.id IN (:players))
                   AND (:position = '-' OR p.position = :position)""".formatted(metric.sql());
    }

    private static String rankKey(MetricQuery query) {
        Metric metric = query.metric();
        return switch (query.operation()) {
            case TOTAL -> "a.total";
            case AVERAGE -> "a.average";
            case MAXIMUM -> "a.maximum";
            case MINIMUM -> "a.minimum";
            case TREND -> "COALESCE(a.recent - a.earlier, 0)";
            case RANKING, COMPARISON -> metric.additive() ? "a.total"
                    : metric.code().equals("max_speed") ? "a.maximum" : "a.average";
        };
    }

    private static final class Builder {
        private final String id;
        private final String name;
        private final @Nullable String position;
        private final int place;
        private final int matches;
        private final double total;
        private final double average;
        private final double maximum;
        private final double minimum;
        private final @Nullable Double recent;
        private final @Nullable Double earlier;
        private final int recentMatches;
        private final List<MetricResult.Row> rows = new ArrayList<>();

        Builder(String id, String name, @Nullable String position, int place, int matches, double total,
                double average, double maximum, double minimum, @Nullable Double recent, @Nullable Double earlier,
                int recentMatches) {
            this.id = id;
            this.name = name;
            this.position = position;
            this.place = place;
            this.matches = matches;
            this.total = total;
            this.average = average;
            this.maximum = maximum;
            this.minimum = minimum;
            this.recent = recent;
            this.earlier = earlier;
            this.recentMatches = recentMatches;
        }

        MetricResult.Subject build(String type) {
            return new MetricResult.Subject(id, name, type, position, place, matches, total, average, maximum, minimum,
                    recent, earlier, recentMatches, List.copyOf(rows));
        }
    }

    /** A player's recent form: the inputs of a line-up suggestion. */
    record Form(String playerId, String name, String position, int matches, int minutes, double rating, int goals,
            int shots) {
    }

    /**
     * The players of a position ranked by form over each team's last {@code lastMatches}
     * completed matches: average rating, then goals, shots and minutes. One statement.
     */
    List<Form> form(List<String> teamIds, String position, int lastMatches, int limit) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                WITH scoped AS (
                    SELECT m.id AS match_id, t.id AS team_id,
                           ROW_NUMBER() OVER (PARTITION BY t.id ORDER BY m.date_time DESC, m.id DESC) AS rn
                      FROM teams t
                      JOIN matches m ON (m.home_team_id = t.id OR m.away_team_id = t.id) AND m.status = 'completed'
                     WHERE t.id IN (:teams)
                ), form AS (
                    SELECT p.id, p.name, p.position, COUNT(*) AS matches, SUM(ps.minutes_played) AS minutes,
                           AVG(ps.rating) AS rating, SUM(ps.shots) AS shots,
                           SUM((SELECT COUNT(*) FROM match_events e WHERE e.match_id = ps.match_id
                                   AND e.player_id = ps.player_id AND e.event_type = 'goal')) AS goals
                      FROM scoped s
                      JOIN match_lineups l ON l.match_id = s.match_id AND l.team_id = s.team_id
                      JOIN player_match_statistics ps ON ps.match_id = l.match_id AND ps.player_id = l.player_id
                      JOIN players p ON p.id = ps.player_id
                     WHERE s.rn <= :last AND ps.minutes_played > 0 AND ps.rating IS NOT NULL
                       AND p.position = :position AND p.team_id IN (:teams)
                     GROUP BY p.id, p.name, p.position
                )
                SELECT * FROM form
                 ORDER BY rating DESC, goals DESC, shots DESC, minutes DESC, name, id
                 LIMIT :limit
                """).param("teams", teamIds).param("last", lastMatches).param("position", position)
                .param("limit", limit)
                .query((rs, i) -> new Form(rs.getString("id"), rs.getString("name"), rs.getString("position"),
                        rs.getInt("matches"), rs.getInt("minutes"), rs.getDouble("rating"), rs.getInt("goals"),
                        rs.getInt("shots")))
                .list();
    }

    /** One match seen from the team, side by side with the opponent, and the alerts raised in it. */
    record Review(String matchId, LocalDate date, String opponent, boolean home, int goalsFor, int goalsAgainst,
            @Nullable Double shots, @Nullable Double opponentShots, @Nullable Double shotsOnTarget,
            @Nullable Double opponentShotsOnTarget, @Nullable Double xg, @Nullable Double opponentXg,
            @Nullable Double possession, @Nullable Double opponentPossession, @Nullable Double pressures,
            @Nullable Double opponentPressures, String alerts) {
    }

    /** The latest {@code lastMatches} completed matches of the teams, each team's and its opponent's figures. One statement. */
    List<Review> review(List<String> teamIds, int lastMatches) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                WITH scoped AS (
                    SELECT m.id AS match_id, m.date_time, t.id AS team_id,
                           CASE WHEN m.home_team_id = t.id THEN m.away_team_id ELSE m.home_team_id END AS opponent_id,
                           CASE WHEN m.home_team_id = t.id THEN 1 ELSE 0 END AS at_home,
                           CASE WHEN m.home_team_id = t.id THEN m.home_score ELSE m.away_score END AS goals_for,
                           CASE WHEN m.home_team_id = t.id THEN m.away_score ELSE m.home_score END AS goals_against,
                           ROW_NUMBER() OVER (ORDER BY m.date_time DESC, m.id DESC) AS rn
                      FROM teams t
                      JOIN matches m ON (m.home_team_id = t.id OR m.away_team_id = t.id) AND m.status = 'completed'
                     WHERE t.id IN (:teams)
                ), picked AS (
                    SELECT * FROM scoped WHERE rn <= :last
                ), alert_counts AS (
                    SELECT a.match_id, a.category, COUNT(*) AS n
                      FROM tactical_alerts a
                     WHERE a.match_id IN (SELECT match_id FROM picked)
                     GROUP BY a.match_id, a.category
                ), alerts AS (
                    SELECT match_id, GROUP_CONCAT(CONCAT(n, ' ', LOWER(category)) ORDER BY n DESC, category SEPARATOR ', ')
                           AS summary
                      FROM alert_counts
                     GROUP BY match_id
                )
                SELECT p.match_id, p.date_time, o.name AS opponent, p.at_home, p.goals_for, p.goals_against,
                       us.total_shots AS shots, them.total_shots AS opponent_shots,
                       us.shots_on_target AS on_target, them.shots_on_target AS opponent_on_target,
                       us.expected_goals AS xg, them.expected_goals AS opponent_xg,
                       us.possession_percentage AS possession, them.possession_percentage AS opponent_possession,
                       us.pressures AS pressures, them.pressures AS opponent_pressures, al.summary AS alerts
                  FROM picked p
                  JOIN teams o ON o.id = p.opponent_id
                  LEFT JOIN match_team_statistics us ON us.match_id = p.match_id AND us.team_id = p.team_id
                  LEFT JOIN match_team_statistics them ON them.match_id = p.match_id AND them.team_id = p.opponent_id
                  LEFT JOIN alerts al ON al.match_id = p.match_id
                 ORDER BY p.rn
                """).param("teams", teamIds).param("last", lastMatches)
                .query((rs, i) -> new Review(rs.getString("match_id"),
                        rs.getObject("date_time", LocalDateTime.class).toLocalDate(), rs.getString("opponent"),
                        rs.getInt("at_home") == 1, rs.getInt("goals_for"), rs.getInt("goals_against"),
                        FootballDataRepository.nullableDouble(rs, "shots"),
                        FootballDataRepository.nullableDouble(rs, "opponent_shots"),
                        FootballDataRepository.nullableDouble(rs, "on_target"),
                        FootballDataRepository.nullableDouble(rs, "opponent_on_target"),
                        FootballDataRepository.nullableDouble(rs, "xg"),
                        FootballDataRepository.nullableDouble(rs, "opponent_xg"),
                        FootballDataRepository.nullableDouble(rs, "possession"),
                        FootballDataRepository.nullableDouble(rs, "opponent_possession"),
                        FootballDataRepository.nullableDouble(rs, "pressures"),
                        FootballDataRepository.nullableDouble(rs, "opponent_pressures"),
                        rs.getString("alerts") == null ? "" : rs.getString("alerts")))
                .list();
    }

    static LocalDate seasonStart(LocalDate today) {
        LocalDate july = LocalDate.of(today.getYear(), 7, 1);
        return today.isBefore(july) ? july.minusYears(1) : july;
    }
}
