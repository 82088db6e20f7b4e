package com.footballcoach.product.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analytics SQL against the demo data, each checked by an independent computation in Java
 * from the raw rows.
 */
class AnalyticsRepositoryIT {

    private static JdbcClient jdbc;
    private static AnalyticsRepository analytics;
    private static AnalyticsService service;
    private static List<String> teams;

    @BeforeAll
    static void demoData() {
        jdbc = JdbcClient.create(DemoDatabase.dataSource());
        TimedJdbc timed = new TimedJdbc(DemoDatabase.dataSource(), 5);
        analytics = new AnalyticsRepository(timed);
        service = new AnalyticsService(analytics, new InsightRepository(timed, JsonMapper.builder().build(),
                Clock.systemUTC()), AssistantSettings.defaults(), Clock.systemUTC());
        teams = jdbc.sql("""
                SELECT t.id FROM teams t JOIN users u ON u.id = t.user_id
                WHERE u.email = 'owner@demo.club' ORDER BY t.created_at, t.id""").query(String.class).list();
    }

    record Appearance(String playerId, String matchId, java.time.LocalDateTime at, int sprints, Double rating,
            int minutes, String teamId) {
    }

    private static List<Appearance> appearances() {
        return jdbc.sql("""
                SELECT s.player_id, s.match_id, m.date_time, s.sprint_count, s.rating, s.minutes_played, p.team_id
                  FROM player_match_statistics s JOIN matches m ON m.id = s.match_id JOIN players p ON p.id = s.player_id
                 WHERE m.status = 'completed' AND p.team_id IN (:teams)""").param("teams", teams)
                .query((rs, i) -> new Appearance(rs.getString(1), rs.getString(2), rs.getObject(3, java.time.LocalDateTime.class),
                        rs.getInt(4), rs.getObject(5) == null ? null : rs.getDouble(5), rs.getInt(6), rs.getString(7)))
                .list();
    }

    @Test
    void ranksSprintTrendsAsTheMeanOfTheLastFiveMinusThePreviousFive() {
        Map<String, List<Appearance>> byPlayer = appearances().stream().filter(a -> a.minutes() > 0)
                .sorted(Comparator.comparing(Appearance::at).reversed().thenComparing(Appearance::matchId, Comparator.reverseOrder()))
                .collect(Collectors.groupingBy(Appearance::playerId, LinkedHashMap::new, Collectors.toList()));
        Map<String, Double> expected = new LinkedHashMap<>();
        List<String> tooFew = new ArrayList<>();
        byPlayer.forEach((player, played) -> {
            if (played.size() < 10) {
                tooFew.add(player);
            } else {
                double recent = played.subList(0, 5).stream().mapToInt(Appearance::sprints).average().orElseThrow();
                double previous = played.subList(5, 10).stream().mapToInt(Appearance::sprints).average().orElseThrow();
                expected.put(player, recent - previous);
            }
        });

        List<AnalyticsRepository.SprintTrend> trends = analytics.sprintTrends(teams);

        List<AnalyticsRepository.SprintTrend> eligible = trends.stream().filter(AnalyticsRepository.SprintTrend::eligible).toList();
        assertThat(eligible).hasSize(expected.size()).isNotEmpty();
        eligible.forEach(t -> assertThat(t.delta()).as(t.name()).isCloseTo(expected.get(t.playerId()), within(1e-3)));
        for (int i = 1; i < eligible.size(); i++) {
            assertThat(eligible.get(i).delta()).isLessThanOrEqualTo(eligible.get(i - 1).delta() + 1e-9);
        }
        assertThat(eligible.get(0).delta()).isPositive();
        assertThat(trends.stream().filter(t -> !t.eligible()).map(AnalyticsRepository.SprintTrend::playerId))
                .containsExactlyInAnyOrderElementsOf(tooFew).isNotEmpty();
    }

    @Test
    void ranksTheHighestAverageRatingOverEachTeamsLastMatches() {
        String team = teams.get(0);
        for (int window : List.of(1, 5)) {
            List<String> lastMatches = jdbc.sql("""
                    SELECT id FROM matches WHERE status = 'completed' AND (home_team_id = :t OR away_team_id = :t)
                    ORDER BY date_time DESC, id DESC LIMIT :n""").param("t", team).param("n", window)
                    .query(String.class).list();
            Map<String, Double> averages = appearances().stream()
                    .filter(a -> a.teamId().equals(team) && lastMatches.contains(a.matchId()) && a.rating() != null && a.minutes() > 0)
                    .collect(Collectors.groupingBy(Appearance::playerId, Collectors.averagingDouble(Appearance::rating)));
            double best = averages.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();

            List<AnalyticsRepository.RatingLeader> leaders = analytics.topRatings(List.of(team), window, 5);

            assertThat(leaders).hasSize(5);
            assertThat(leaders.get(0).averageRating()).isCloseTo(best, within(1e-3));
            leaders.forEach(l -> assertThat(l.averageRating()).isCloseTo(averages.get(l.playerId()), within(1e-3)));
            assertThat(leaders).extracting(AnalyticsRepository.RatingLeader::averageRating)
                    .isSortedAccordingTo(Comparator.reverseOrder());
        }
    }

    @Test
    void ranksFormationsByTheAveragePressuresOfTheirStartingLineUps() {
        String team = teams.get(0);
        List<Map<String, Object>> starters = jdbc.sql("""
                SELECT l.match_id, f.name, s.pressures FROM match_lineups l
                  JOIN matches m ON m.id = l.match_id AND m.status = 'completed'
                  JOIN player_match_statistics s ON s.match_id = l.match_id AND s.player_id = l.player_id
                  JOIN formations f ON f.id = l.formation_id
                 WHERE l.team_id = :t AND l.is_starting""").param("t", team).query().listOfRows();
        Map<String, Map<String, Integer>> perMatch = new LinkedHashMap<>();
        starters.forEach(r -> perMatch.computeIfAbsent((String) r.get("name"), k -> new LinkedHashMap<>())
                .merge((String) r.get("match_id"), ((Number) r.get("pressures")).intValue(), Integer::sum));
        Map<String, Double> expected = new LinkedHashMap<>();
        perMatch.forEach((formation, matches) -> expected.put(formation,
                matches.values().stream().mapToInt(Integer::intValue).average().orElseThrow()));

        List<AnalyticsRepository.FormationPressing> ranked = analytics.pressingFormations(List.of(team));

        assertThat(ranked).hasSize(expected.size()).hasSizeGreaterThanOrEqualTo(3);
        ranked.forEach(f -> assertThat(f.averagePressures()).as(f.formationName())
                .isCloseTo(expected.get(f.formationName()), within(1e-3)));
        assertThat(ranked.get(0).formationName()).isEqualTo(expected.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        assertThat(ranked.get(0).rank()).isEqualTo(1);
    }

    @Test
    void storesEachFindingOnceAndRecallsItWithAConsistencyScore() {
        Entities none = Entities.none();
        String team = teams.get(0);
        AnalyticsView first = service.run(AnalyticsKind.SPRINT_TREND, List.of(team), none, Map.of());
        int rows = count();

        AnalyticsView second = service.run(AnalyticsKind.SPRINT_TREND, List.of(team), none, Map.of());

        assertThat(count()).isEqualTo(rows);
        assertThat(second.insightIds()).isEqualTo(first.insightIds()).doesNotContainNull().hasSize(first.rows().size());
        assertThat(second.memory()).isNotEmpty();
        String player = first.rows().get(0).subjectId();
        for (double delta : List.of(1.5, -0.5)) {
            jdbc.sql("""
                    INSERT INTO tactical_insights (id, insight_type, subject_type, subject_id, subject_name, team_id,
                      summary, metrics, definition_hash, created_at)
                    VALUES (UUID(), 'sprint_trend', 'player', :p, 'x', :t, 'earlier', :m, SHA2(UUID(), 256),
                      UTC_TIMESTAMP(6) - INTERVAL 10 DAY)""")
                    .param("p", player).param("t", team).param("m", "{\"delta\": " + delta + "}").update();
        }
        AnalyticsView third = service.run(AnalyticsKind.SPRINT_TREND, List.of(team), none, Map.of());
        TacticalMemory.Recollection recollection = third.memory().stream()
                .filter(m -> m.subjectId().equals(player)).findFirst().orElseThrow();
        assertThat(recollection.findings()).isEqualTo(3);
        double firstDelta = first.rows().get(0).delta();
        assertThat(recollection.consistency()).isCloseTo((firstDelta > 0 ? 2 : 1) / 3.0, within(1e-9));
    }

    @Test
    void leavesOutPlayersWithFewerThanTenMatchesAndSaysSo() {
        AnalyticsView view = service.run(AnalyticsKind.SPRINT_TREND, teams, Entities.none(), Map.of());

        assertThat(view.leftOutCount()).isPositive();
        assertThat(view.leftOutReason()).contains("fewer than 10");
        assertThat(view.rows()).hasSizeLessThanOrEqualTo(5).allSatisfy(r -> assertThat(r.matches()).isGreaterThanOrEqualTo(10));
    }

    private static int count() {
        return jdbc.sql("SELECT COUNT(*) FROM tactical_insights").query(Integer.class).single();
    }
}
