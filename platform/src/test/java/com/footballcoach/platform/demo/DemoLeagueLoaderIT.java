package com.footballcoach.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.embedded.TestDatabase;
import java.time.Clock;
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

/**
 * The demo league at a small scale, loaded on top of the demo club into fresh schemas of the real
 * database: its counts per table, the same rows on a second load, and no second load.
 *
 * <p>The small league: 4 clubs x 2 teams. Division one is those 4 first teams and the demo club's
 * two (6 teams: 10 rounds of 3 matches a season), division two the 4 second teams (6 rounds of 2).
 * Season one is played; of season two, the rounds before today: 8 of division one (round(10 x 0.76)),
 * all 6 of division two. So 30 + 12 + 24 + 12 = 78 completed matches and 2 x 3 = 6 upcoming.
 */
class DemoLeagueLoaderIT {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final LeagueSize SMALL = new LeagueSize(4, 2, 6, 40, 15, 30);
    private static final int COMPLETED = 78;
    private static final int UPCOMING = 6;
    private static final List<String> TABLES = List.of("users", "teams", "staff", "players", "events", "matches",
            "match_lineups", "match_events", "player_match_statistics", "match_team_statistics", "match_notes",
            "analysis_runs", "analysis_segments", "tactical_alerts", "decision_feedback", "app_settings");
    private static final String LEAGUE_MATCH =
            " m.event_id IN (SELECT id FROM events WHERE name IN ('Demo Premier Division', 'Demo Championship'))";

    private static DataSource dataSource;
    private static JdbcTemplate jdbc;
    private static Map<String, Integer> demoOnly;
    private static boolean loaded;

    @BeforeAll
    static void loadTheDemoClubThenTheLeague() {
        dataSource = newSchema();
        jdbc = new JdbcTemplate(dataSource);
        new DemoDataLoader(dataSource, new BCryptPasswordEncoder(4), clock()).loadIfEmpty();
        demoOnly = rowCounts(jdbc);
        loaded = leagueLoader(dataSource).loadIfAbsent();
    }

    @Test
    void loadsOnTopOfTheDemoClub() {
        assertThat(loaded).isTrue();
        assertThat(jdbc.queryForObject("SELECT setting_value FROM app_settings WHERE setting_key = ?", String.class,
                DemoLeagueLoader.MARKER)).isEqualTo(SMALL.label());
    }

    @Test
    void addsClubsTeamsSquadsAndOneCompetitionPerDivision() {
        Map<String, Integer> added = added();
        assertThat(added.get("users")).isEqualTo(4);
        assertThat(added.get("teams")).isEqualTo(8);
        assertThat(added.get("staff")).isEqualTo(8);
        assertThat(added.get("players")).isEqualTo(8 * LeagueSize.PLAYERS_PER_TEAM);
        assertThat(added.get("events")).isEqualTo(2);
        assertThat(count("""
                SELECT COUNT(*) FROM teams t JOIN users u ON u.id = t.user_id
                WHERE u.email LIKE 'owner%@league.demo.club'""")).isEqualTo(8);
        assertThat(count("""
                SELECT COUNT(*) FROM (SELECT p.team_id FROM players p JOIN teams t ON t.id = p.team_id
                  JOIN users u ON u.id = t.user_id WHERE u.email LIKE '%@league.demo.club'
                  GROUP BY p.team_id HAVING COUNT(DISTINCT p.jersey_number) = 30
                    AND COUNT(DISTINCT p.position) = 4) full_squads""")).isEqualTo(8);
    }

    @Test
    void playsTwoSeasonsWithFullMatchData() {
        Map<String, Integer> added = added();
        assertThat(added.get("matches")).isEqualTo(COMPLETED + UPCOMING);
        assertThat(count("SELECT COUNT(*) FROM matches m WHERE m.status = 'upcoming' AND " + LEAGUE_MATCH))
                .isEqualTo(UPCOMING);
        assertThat(added.get("match_lineups")).isEqualTo(44 * COMPLETED);
        assertThat(added.get("player_match_statistics")).isEqualTo(44 * COMPLETED);
        assertThat(added.get("match_team_statistics")).isEqualTo(2 * COMPLETED);
        // 30 passes, 16 substitution events, about 8 goals, assists and cards a match
        assertThat(added.get("match_events")).isBetween(45 * COMPLETED, 65 * COMPLETED);
        List<Map<String, Object>> played = jdbc.queryForList("""
                SELECT m.id,
                  (SELECT COUNT(*) FROM match_lineups l WHERE l.match_id = m.id AND l.is_starting) AS starters,
                  (SELECT COUNT(*) FROM match_lineups l WHERE l.match_id = m.id AND NOT l.is_starting) AS subs,
                  (SELECT COUNT(*) FROM match_events e WHERE e.match_id = m.id AND e.event_type = 'goal')
                    - m.home_score - m.away_score AS unexplained_goals,
                  (SELECT COUNT(*) FROM match_events e WHERE e.match_id = m.id AND e.event_type = 'pass') AS passes
                FROM matches m WHERE m.status = 'completed' AND """ + LEAGUE_MATCH);
        assertThat(played).hasSize(COMPLETED).allSatisfy(match -> {
            assertThat(((Number) match.get("starters")).intValue()).isEqualTo(22);
            assertThat(((Number) match.get("subs")).intValue()).isEqualTo(22);
            assertThat(((Number) match.get("unexplained_goals")).intValue()).isZero();
            assertThat(((Number) match.get("passes")).intValue()).isBetween(28, 32);
        });
    }

    @Test
    void letsTheDemoClubsTeamsPlayTheFirstDivision() {
        for (String team : List.of("Atlético Demo", "Demo City FC")) {
            assertThat(count("""
                    SELECT COUNT(*) FROM matches m JOIN teams t ON t.id IN (m.home_team_id, m.away_team_id)
                    WHERE t.name = ? AND m.status = 'completed' AND m.event_id =
                      (SELECT id FROM events WHERE name = 'Demo Premier Division')""", team))
                    .as(team).isEqualTo(10 + 8);
        }
    }

    @Test
    void analysesTheLatestFirstDivisionMatches() {
        Map<String, Integer> added = added();
        assertThat(added.get("analysis_runs")).isEqualTo(SMALL.analysedMatches());
        assertThat(added.get("analysis_segments")).isEqualTo(SMALL.analysedMatches() * SMALL.segmentsPerRun());
        assertThat(added.get("tactical_alerts")).isBetween(SMALL.analysedMatches() * 12, SMALL.analysedMatches() * 18);
        assertThat(added.get("match_notes")).isEqualTo(3 * SMALL.analysedMatches());
        assertThat(added.get("decision_feedback")).isPositive();
        assertThat(count("""
                SELECT COUNT(*) FROM analysis_runs r JOIN matches m ON m.id = r.match_id
                WHERE r.status = 'COMPLETED' AND m.status = 'completed' AND """ + LEAGUE_MATCH))
                .isEqualTo(SMALL.analysedMatches());
        assertThat(count("""
                SELECT COUNT(*) FROM tactical_alerts a JOIN analysis_runs r ON r.id = a.analysis_id
                WHERE a.match_id = r.match_id""")).isEqualTo(added.get("tactical_alerts"));
    }

    @Test
    void loadsNothingTheSecondTime() {
        Map<String, Integer> before = rowCounts(jdbc);

        assertThat(leagueLoader(dataSource).loadIfAbsent()).isFalse();
        assertThat(new DemoDataLoader(dataSource, new BCryptPasswordEncoder(4), clock()).loadIfEmpty()).isFalse();
        assertThat(rowCounts(jdbc)).isEqualTo(before);
    }

    @Test
    void loadsTheSameRowsIntoAnotherDatabase() {
        DataSource other = newSchema();
        new DemoDataLoader(other, new BCryptPasswordEncoder(4), clock()).loadIfEmpty();
        assertThat(leagueLoader(other).loadIfAbsent()).isTrue();

        assertThat(checksums(new JdbcTemplate(other))).isEqualTo(checksums(jdbc));
    }

    /**
     * A checksum of every table's content: every column but the database's own (`created_at` and
     * `updated_at` where the loader leaves the default, the `seq` numbers) and the bcrypt hashes,
     * which are salted at random.
     */
    private static Map<String, String> checksums(JdbcTemplate database) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : TABLES) {
            List<String> columns = database.queryForList("""
                    SELECT column_name FROM information_schema.columns
                    WHERE table_schema = DATABASE() AND table_name = ?
                      AND column_name NOT IN ('created_at', 'updated_at', 'seq', 'password_hash')
                    ORDER BY ordinal_position""", String.class, table);
            String values = String.join(", ", columns.stream().map(c -> "COALESCE(" + c + ", '~')").toList());
            sums.put(table, database.queryForObject("SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(CRC32(CONCAT_WS('|', "
                    + values + "))), 0)) FROM " + table, String.class));
        }
        return sums;
    }

    private static Map<String, Integer> added() {
        Map<String, Integer> now = rowCounts(jdbc);
        Map<String, Integer> added = new LinkedHashMap<>();
        now.forEach((table, rows) -> added.put(table, rows - demoOnly.get(table)));
        return added;
    }

    private static DemoLeagueLoader leagueLoader(DataSource database) {
        return new DemoLeagueLoader(database, new BCryptPasswordEncoder(4), clock(), SMALL);
    }

    private static DataSource newSchema() {
        TestDatabase database = TestDatabase.shared().newSchema();
        return new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), database.jdbcUrl(), database.user(),
                database.password());
    }

    private static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private static int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }

    private static Map<String, Integer> rowCounts(JdbcTemplate database) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, database.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
        }
        return counts;
    }
}
