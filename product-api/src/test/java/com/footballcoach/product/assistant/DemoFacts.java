package com.footballcoach.product.assistant;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo club's first team, read as raw rows with plain SQL (no join logic of the executor's),
 * so that tests can compute the expected answer of a question in Java, independently of
 * {@link MetricRepository}.
 */
final class DemoFacts {

    /** A completed match of the team, from its side. */
    record Match(String id, LocalDateTime at, String opponentId, String opponent, boolean home, int goalsFor,
            int goalsAgainst, Double shots, Double onTarget, Double xg, Double possession, Double pressures,
            Double opponentShots) {
    }

    /** A player's row in a match of the team (minutes > 0). */
    record Appearance(String playerId, String name, String position, String matchId, int minutes, Double rating,
            Double distance, int shots, int passes, int tackles, int sprints, Double maxSpeed, int goals, int assists,
            int yellowCards) {
    }

    final String teamId;
    final String teamName;
    /** Newest first. */
    final List<Match> matches;
    final List<Appearance> appearances;
    final Map<String, String> players;
    final Map<String, String> positions;

    DemoFacts(JdbcClient jdbc, String teamName) {
        this.teamName = teamName;
        this.teamId = jdbc.sql("SELECT id FROM teams WHERE name = :name").param("name", teamName).query(String.class)
                .single();
        this.matches = jdbc.sql("""
                SELECT m.id, m.date_time, m.home_team_id, m.away_team_id, m.home_score, m.away_score
                  FROM matches m
                 WHERE m.status = 'completed' AND (m.home_team_id = :team OR m.away_team_id = :team)
                """).param("team", teamId).query((rs, i) -> {
                    boolean home = rs.getString("home_team_id").equals(teamId);
                    String opponentId = home ? rs.getString("away_team_id") : rs.getString("home_team_id");
                    return new String[] {rs.getString("id"), rs.getString("date_time"), opponentId,
                            String.valueOf(home), String.valueOf(home ? rs.getInt("home_score") : rs.getInt("away_score")),
                            String.valueOf(home ? rs.getInt("away_score") : rs.getInt("home_score"))};
                }).list().stream().map(r -> {
                    String id = r[0];
                    Map<String, Object> us = stats(jdbc, id, teamId);
                    Map<String, Object> them = stats(jdbc, id, r[2]);
                    return new Match(id, LocalDateTime.parse(r[1].replace(' ', 'T')), r[2],
                            jdbc.sql("SELECT name FROM teams WHERE id = :id").param("id", r[2]).query(String.class).single(),
                            Boolean.parseBoolean(r[3]), Integer.parseInt(r[4]), Integer.parseInt(r[5]),
                            number(us.get("total_shots")), number(us.get("shots_on_target")),
                            number(us.get("expected_goals")), number(us.get("possession_percentage")),
                            number(us.get("pressures")), number(them.get("total_shots")));
                }).sorted(Comparator.comparing(Match::at).thenComparing(Match::id).reversed()).toList();
        this.players = new LinkedHashMap<>();
        this.positions = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name, position FROM players WHERE team_id = :team ORDER BY name").param("team", teamId)
                .query((rs, i) -> {
                    players.put(rs.getString(1), rs.getString(2));
                    positions.put(rs.getString(1), rs.getString(3));
                    return null;
                }).list();
        List<Appearance> list = new ArrayList<>();
        for (Map<String, Object> r : jdbc.sql("""
                SELECT s.player_id, s.match_id, s.minutes_played, s.rating, s.distance_covered_km, s.shots, s.passes,
                       s.tackles, s.sprint_count, s.max_speed_kmh
                  FROM player_match_statistics s
                 WHERE s.match_id IN (:matches) AND s.minutes_played > 0 AND s.player_id IN (:players)
                """).param("matches", matches.stream().map(Match::id).toList()).param("players", List.copyOf(players.keySet()))
                .query().listOfRows()) {
            String player = (String) r.get("player_id");
            String match = (String) r.get("match_id");
            list.add(new Appearance(player, players.get(player), positions.get(player), match,
                    ((Number) r.get("minutes_played")).intValue(), number(r.get("rating")),
                    number(r.get("distance_covered_km")), intOf(r.get("shots")), intOf(r.get("passes")),
                    intOf(r.get("tackles")), intOf(r.get("sprint_count")), number(r.get("max_speed_kmh")),
                    events(jdbc, match, player, "goal"), events(jdbc, match, player, "assist"),
                    events(jdbc, match, player, "yellow_card")));
        }
        this.appearances = List.copyOf(list);
    }

    private static Map<String, Object> stats(JdbcClient jdbc, String match, String team) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM match_team_statistics WHERE match_id = :m AND team_id = :t")
                .param("m", match).param("t", team).query().listOfRows();
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    private static int events(JdbcClient jdbc, String match, String player, String type) {
        return jdbc.sql("SELECT COUNT(*) FROM match_events WHERE match_id = :m AND player_id = :p AND event_type = :t")
                .param("m", match).param("p", player).param("t", type).query(Integer.class).single();
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static int intOf(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** The latest n matches (all when n is null) that pass the filter, newest first. */
    List<Match> last(Integer n, Predicate<Match> filter) {
        List<Match> passing = matches.stream().filter(filter).toList();
        return n == null || n >= passing.size() ? passing : passing.subList(0, n);
    }

    List<Match> last(Integer n) {
        return last(n, m -> true);
    }

    List<Match> since(LocalDate day) {
        return matches.stream().filter(m -> !m.at().toLocalDate().isBefore(day)).toList();
    }

    /** Per player, the sum (or average) of a column over the given matches; highest first. */
    List<Map.Entry<String, Double>> ranking(List<Match> window, ToDoubleFunction<Appearance> value, boolean average,
            Predicate<Appearance> filter) {
        List<String> ids = window.stream().map(Match::id).toList();
        Map<String, List<Double>> byPlayer = new LinkedHashMap<>();
        appearances.stream().filter(a -> ids.contains(a.matchId()) && filter.test(a))
                .forEach(a -> byPlayer.computeIfAbsent(a.playerId(), k -> new ArrayList<>()).add(value.applyAsDouble(a)));
        Map<String, Double> result = new LinkedHashMap<>();
        byPlayer.forEach((p, values) -> result.put(p, average
                ? values.stream().mapToDouble(Double::doubleValue).average().orElse(0)
                : values.stream().mapToDouble(Double::doubleValue).sum()));
        return result.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
    }

    /** A player's appearances in the given matches. */
    List<Appearance> of(String playerId, List<Match> window) {
        List<String> ids = window.stream().map(Match::id).toList();
        return appearances.stream().filter(a -> a.playerId().equals(playerId) && ids.contains(a.matchId())).toList();
    }

    String playerId(String name) {
        return players.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }
}
