package com.footballcoach.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.embedded.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The demo data against the real database, in a schema of its own. */
class DemoDataLoaderIT {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final String FIRST_TEAM = "Atlético Demo";
    private static final String SECOND_TEAM = "Demo City FC";
    private static final List<String> TABLES = List.of("users", "teams", "staff", "players", "formations",
            "events", "matches", "match_lineups", "match_events", "player_match_statistics",
            "match_team_statistics", "match_notes", "reunions", "training_sessions", "tactical_alerts");

    private static DemoDataLoader loader;
    private static JdbcTemplate jdbc;
    private static boolean firstLoad;
    private static Duration loadTime;

    @BeforeAll
    static void loadIntoAnEmptySchema() {
        TestDatabase database = TestDatabase.shared().newSchema();
        DataSource dataSource = new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), database.jdbcUrl(),
                database.user(), database.password());
        jdbc = new JdbcTemplate(dataSource);
        loader = new DemoDataLoader(dataSource, new BCryptPasswordEncoder(4), Clock.fixed(NOW, ZoneOffset.UTC));
        long started = System.nanoTime();
        firstLoad = loader.loadIfEmpty();
        loadTime = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("Demo data loaded in " + loadTime.toMillis() + " ms");
    }

    @Test
    void loadsIntoAnEmptyDatabaseWellWithinTenSeconds() {
        assertThat(firstLoad).isTrue();
        assertThat(loadTime).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void loadsNothingOnceTheDatabaseHasUsers() {
        Map<String, Integer> before = rowCounts();

        assertThat(loader.loadIfEmpty()).isFalse();
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void createsTwoClubsWithStaffOfEveryRole() {
        assertThat(count("SELECT COUNT(*) FROM users WHERE user_type = 'owner'")).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForList("""
                SELECT DISTINCT s.role FROM staff s JOIN teams t ON t.id = s.team_id
                JOIN users u ON u.id = s.user_id AND u.user_type = 'staff' AND u.email = s.email
                WHERE t.name = ?""", String.class, FIRST_TEAM))
                .containsExactlyInAnyOrder("head_coach", "assistant_coach", "analyst", "physio", "player");
        assertThat(jdbc.queryForList("SELECT CONCAT(role, ':', permission_level) FROM staff", String.class))
                .allSatisfy(rolePermission -> assertThat(rolePermission).isIn("head_coach:full_access",
                        "analyst:notes_only", "assistant_coach:view_only", "physio:view_only", "player:view_only"));
        assertThat(count("""
                SELECT COUNT(*) FROM staff s JOIN players p ON p.team_id = s.team_id AND p.name = s.name
                WHERE s.email = 'player@demo.club'""")).isEqualTo(1);
        assertThat(count("""
                SELECT COUNT(*) FROM teams t JOIN users u ON u.id = t.user_id
                WHERE u.email = 'rival@demo.club' AND t.name = 'Rival Athletic'""")).isEqualTo(1);
        assertThat(count("""
                SELECT COUNT(*) FROM staff s JOIN teams t ON t.id = s.team_id
                WHERE s.email = 'rival.coach@demo.club' AND s.role = 'head_coach' AND t.name = 'Rival Athletic'"""))
                .isEqualTo(1);
    }

    @Test
    void makesTheFirstTeamTheOwnersOldestAndGivesEveryTeamAFullSquad() {
        assertThat(jdbc.queryForObject("""
                SELECT t.name FROM teams t JOIN users u ON u.id = t.user_id WHERE u.email = 'owner@demo.club'
                ORDER BY t.created_at LIMIT 1""", String.class)).isEqualTo(FIRST_TEAM);
        for (String team : List.of(FIRST_TEAM, SECOND_TEAM, "Rival Athletic")) {
            assertThat(count("""
                    SELECT COUNT(*) FROM players p JOIN teams t ON t.id = p.team_id
                    WHERE t.name = ? AND p.position IS NOT NULL AND p.birth_date IS NOT NULL
                      AND p.country_code IS NOT NULL AND p.market_value > 0""", team))
                    .as(team).isGreaterThanOrEqualTo(22);
            assertThat(jdbc.queryForList("""
                    SELECT DISTINCT p.position FROM players p JOIN teams t ON t.id = p.team_id
                    WHERE t.name = ?""", String.class, team)).containsExactlyInAnyOrder("GK", "DEF", "MID", "FWD");
        }
        assertThat(count("SELECT COUNT(*) FROM teams WHERE primary_color NOT REGEXP '^#[0-9A-F]{6}$'")).isZero();
    }

    @Test
    void seedsTheSixteenGlobalFormationsAndTheCompetitions() {
        assertThat(count("SELECT COUNT(*) FROM formations WHERE user_id IS NULL AND description <> ''"))
                .isEqualTo(16);
        assertThat(jdbc.queryForList("SELECT name FROM events", String.class))
                .contains("Demo League", "Demo Cup", "Friendlies");
        assertThat(count("SELECT COUNT(*) FROM events WHERE name = 'Friendlies' AND user_id IS NULL")).isEqualTo(1);
    }

    @Test
    void playsAtLeastTwelveCompletedMatchesPerClubTeamWithFullLineupsAndStatistics() {
        for (String team : List.of(FIRST_TEAM, SECOND_TEAM)) {
            List<Map<String, Object>> played = jdbc.queryForList("""
                    SELECT m.id,
                      (SELECT COUNT(*) FROM match_lineups l WHERE l.match_id = m.id AND l.is_starting
                         AND l.formation_id IS NOT NULL AND l.position_in_formation LIKE '%,%') AS starters,
                      (SELECT COUNT(*) FROM match_lineups l WHERE l.match_id = m.id AND NOT l.is_starting) AS subs,
                      (SELECT COUNT(*) FROM match_team_statistics s WHERE s.match_id = m.id) AS team_stats,
                      (SELECT COUNT(*) FROM match_lineups l LEFT JOIN player_match_statistics p
                         ON p.match_id = l.match_id AND p.player_id = l.player_id
                       WHERE l.match_id = m.id AND p.id IS NULL) AS lineup_players_without_stats,
                      (SELECT COUNT(*) FROM match_events e WHERE e.match_id = m.id AND e.event_type = 'goal')
                        - m.home_score - m.away_score AS unexplained_goals
                    FROM matches m JOIN teams t ON t.id IN (m.home_team_id, m.away_team_id)
                    WHERE t.name = ? AND m.status = 'completed' AND m.event_id IS NOT NULL AND m.date_time < ?""",
                    team, NOW);
            assertThat(played).as(team).hasSizeGreaterThanOrEqualTo(12).allSatisfy(match -> {
                assertThat(((Number) match.get("starters")).intValue()).isEqualTo(22);
                assertThat(((Number) match.get("subs")).intValue()).isEqualTo(10);
                assertThat(((Number) match.get("team_stats")).intValue()).isEqualTo(2);
                assertThat(((Number) match.get("lineup_players_without_stats")).intValue()).isZero();
                assertThat(((Number) match.get("unexplained_goals")).intValue()).isZero();
            });
        }
        assertThat(count("SELECT COUNT(*) FROM match_events WHERE minute NOT BETWEEN 1 AND 95")).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM player_match_statistics
                WHERE minutes_played > 0 AND (rating NOT BETWEEN 5.0 AND 9.5 OR sprint_count IS NULL
                  OR pressures IS NULL OR distance_covered_km IS NULL OR max_speed_kmh IS NULL)""")).isZero();
    }

    @Test
    void storesEveryTeamStatisticsBlockAsAJsonObject() {
        List<String> blocks = List.of("high_turnover_zones_data", "set_piece_xg_breakdown_data",
                "transition_speed_data", "build_up_patterns", "defensive_block_patterns", "pass_network_data",
                "zone_analysis_data", "tactical_weakness_data");
        int rows = count("SELECT COUNT(*) FROM match_team_statistics");
        assertThat(rows).isPositive();
        for (String block : blocks) {
            assertThat(count("SELECT COUNT(*) FROM match_team_statistics WHERE JSON_TYPE(" + block + ") = 'OBJECT'"))
                    .as(block).isEqualTo(rows);
        }
        assertThat(count("""
                SELECT COUNT(*) FROM match_team_statistics
                WHERE JSON_LENGTH(pass_network_data, '$.nodes') = 11 AND JSON_LENGTH(pass_network_data, '$.edges') > 0
                """)).isEqualTo(rows);
    }

    @Test
    void schedulesUpcomingMatchesForBothClubTeams() {
        for (String team : List.of(FIRST_TEAM, SECOND_TEAM)) {
            assertThat(count("""
                    SELECT COUNT(*) FROM matches m JOIN teams t ON t.id IN (m.home_team_id, m.away_team_id)
                    WHERE t.name = ? AND m.status = 'upcoming' AND m.date_time > ?""", team, NOW))
                    .as(team).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void addsNotesMeetingsTrainingSessionsAndAlerts() {
        assertThat(jdbc.queryForList("SELECT DISTINCT note_type FROM match_notes", String.class))
                .containsExactlyInAnyOrder("pre_match", "live_reaction", "tactical");
        for (String team : List.of(FIRST_TEAM, SECOND_TEAM)) {
            assertThat(count("""
                    SELECT COUNT(*) FROM reunions r JOIN teams t ON t.id = r.team_id
                    WHERE t.name = ? AND r.location <> '' AND r.icon_name <> '' AND r.date > ?""", team, NOW))
                    .isPositive();
            assertThat(count("""
                    SELECT COUNT(*) FROM training_sessions s JOIN teams t ON t.id = s.team_id
                    WHERE t.name = ? AND s.focus <> '' AND s.icon_name <> '' AND s.date < ?""", team, NOW))
                    .isPositive();
        }
        String lastMatch = jdbc.queryForObject("""
                SELECT m.id FROM matches m JOIN teams t ON t.id IN (m.home_team_id, m.away_team_id)
                WHERE t.name = ? AND m.status = 'completed' ORDER BY m.date_time DESC LIMIT 1""",
                String.class, FIRST_TEAM);
        assertThat(count("""
                SELECT COUNT(*) FROM tactical_alerts WHERE match_id = ? AND status = 'ACTIVE'
                  AND severity_score BETWEEN 0 AND 1 AND severity_label IN ('LOW', 'MEDIUM', 'HIGH')
                  AND alert_timestamp REGEXP '^[0-9]{2}:[0-9]{2}$' AND recommended_action <> ''""", lastMatch))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM match_notes WHERE match_id = ?", lastMatch)).isPositive();
    }

    @Test
    void storesHashesThatVerifyTheDemoPasswords() {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        for (DemoAccount account : DemoDataLoader.accounts()) {
            String hash = jdbc.queryForObject("SELECT password_hash FROM users WHERE email = ?", String.class,
                    account.email());
            assertThat(encoder.matches(account.password(), hash)).as(account.email()).isTrue();
        }
    }

    @Test
    void letsSomePlayersSprintMoreAsTheSeasonGoesOn() {
        List<Map<String, Object>> starts = jdbc.queryForList("""
                SELECT p.player_id, p.sprint_count FROM player_match_statistics p
                JOIN match_lineups l ON l.match_id = p.match_id AND l.player_id = p.player_id AND l.is_starting
                JOIN matches m ON m.id = p.match_id
                JOIN players pl ON pl.id = p.player_id JOIN teams t ON t.id = pl.team_id
                WHERE t.name IN (?, ?) ORDER BY p.player_id, m.date_time""", FIRST_TEAM, SECOND_TEAM);
        Map<String, List<Integer>> sprintsByPlayer = new LinkedHashMap<>();
        for (Map<String, Object> start : starts) {
            sprintsByPlayer.computeIfAbsent((String) start.get("player_id"), id -> new java.util.ArrayList<>())
                    .add(((Number) start.get("sprint_count")).intValue());
        }
        long improving = sprintsByPlayer.values().stream().filter(sprints -> sprints.size() >= 10)
                .filter(sprints -> mean(sprints.subList(sprints.size() - 5, sprints.size()))
                        > mean(sprints.subList(sprints.size() - 10, sprints.size() - 5)) + 2)
                .count();
        long declining = sprintsByPlayer.values().stream().filter(sprints -> sprints.size() >= 10)
                .filter(sprints -> mean(sprints.subList(sprints.size() - 5, sprints.size()))
                        < mean(sprints.subList(sprints.size() - 10, sprints.size() - 5)) - 2)
                .count();

        assertThat(improving).isPositive();
        assertThat(declining).isPositive();
        assertThat(count("SELECT COUNT(DISTINCT rating) FROM player_match_statistics")).isGreaterThan(20);
    }

    @Test
    void pressesHarderInSomeFormationsThanInOthers() {
        List<Map<String, Object>> byFormation = jdbc.queryForList("""
                SELECT f.name, AVG(s.pressures) AS pressures FROM match_team_statistics s
                JOIN teams t ON t.id = s.team_id
                JOIN (SELECT DISTINCT match_id, team_id, formation_id FROM match_lineups) l
                  ON l.match_id = s.match_id AND l.team_id = s.team_id
                JOIN formations f ON f.id = l.formation_id
                WHERE t.name = ? GROUP BY f.name""", FIRST_TEAM);

        assertThat(byFormation).hasSizeGreaterThanOrEqualTo(3);
        assertThat(byFormation.stream().map(row -> ((Number) row.get("pressures")).intValue()).distinct())
                .hasSizeGreaterThanOrEqualTo(3);
    }

    private static double mean(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    private static int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }

    private static Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }
}
