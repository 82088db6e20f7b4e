package com.footballcoach.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.embedded.TestDatabase;
import com.footballcoach.platform.demo.DemoDataLoader;
import com.footballcoach.platform.demo.DemoLeagueLoader;
import com.footballcoach.platform.demo.LeagueSize;
import com.footballcoach.platform.testing.HttpApi;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Every query the app's routes run uses an index: the whole platform, as {@code ./coach up} runs
 * it, on a database holding the demo club and a small demo league; each route the app calls (and
 * the list routes of a club the brief names) is called once over HTTP, the SQL the server received
 * for it is read back from the server's general query log (so it is exactly the SQL of the code,
 * with its real parameters), and each {@code SELECT} is {@code EXPLAIN}ed.
 *
 * <p>A plan fails when it reads a whole table or index ({@code type} {@code ALL} or {@code index})
 * of more rows than the threshold, or sorts more rows than the threshold ({@code Using filesort}:
 * the rows of the sorted table, or, with {@code Using temporary}, the product of the rows of the
 * joined tables). The threshold is 10,000 rows at the full league's size, scaled by the share of
 * its completed matches this database holds: every big table (lineups, events, statistics,
 * segments) grows with the matches.
 */
class QueryPlansIT {

    /** 8 clubs x 3 teams: about 390 completed matches, 40 analysed (120 segments each). */
    private static final LeagueSize SIZE = new LeagueSize(8, 3, 40, 120, 15, 60);
    /** Completed matches of the demo club (29) and the full league (2,214), as DemoLeagueFullScaleIT counted them. */
    private static final int FULL_COMPLETED = 2_243;
    private static final int FULL_THRESHOLD = 10_000;
    /**
     * Lists of every row of a whole club, which the Flutter app never calls (its client contract):
     * their order (match date, then the row's own columns) spans two tables, so the database sorts
     * the joined rows, whatever the indexes (about 38,000 events for the demo owner at full size).
     * Listed so that the test says when that changes; the fix is in their SQL or a required
     * match_id, not an index.
     */
    private static final Set<String> SORTS_A_CLUB = Set.of("product GET /api/match_events",
            "product GET /api/match_lineups", "product GET /api/player_match_statistics");

    private static TestDatabase database;
    private static JdbcTemplate jdbc;
    private static LocalPlatform platform;
    private static HttpApi product;
    private static HttpApi analysis;
    private static long threshold;

    /** A route called, and the server time it was called at (its statements follow it). */
    private record Call(String app, String route, Timestamp at) {
    }

    /** One row of an EXPLAIN. */
    private record PlanRow(String id, String table, String type, String key, long rows, String extra) {
        @Override
        public String toString() {
            return "#" + id + " " + table + " type=" + type + " key=" + key + " rows=" + rows + " " + extra;
        }
    }

    @BeforeAll
    static void startThePlatformOnALeague() {
        database = TestDatabase.shared().newSchema();
        DataSource dataSource = new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), database.jdbcUrl(),
                database.user(), database.password());
        jdbc = new JdbcTemplate(dataSource);
        new DemoDataLoader(dataSource, new BCryptPasswordEncoder(4), Clock.systemUTC()).loadIfEmpty();
        assertThat(new DemoLeagueLoader(dataSource, new BCryptPasswordEncoder(4), Clock.systemUTC(), SIZE)
                .loadIfAbsent()).isTrue();
        long completed = jdbc.queryForObject("SELECT COUNT(*) FROM matches WHERE status = 'completed'", Long.class);
        threshold = Math.round((double) FULL_THRESHOLD * completed / FULL_COMPLETED);
        System.out.printf("Query plans: %d completed matches, %d match events, %d lineup rows: threshold %d rows%n",
                completed, jdbc.queryForObject("SELECT COUNT(*) FROM match_events", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM match_lineups", Long.class), threshold);

        URI server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        Map<String, String> env = new HashMap<>(Map.of(
                "DB_HOST", server.getHost(), "DB_PORT", Integer.toString(server.getPort()), "DB_NAME", database.name(),
                "DB_USER", database.user(), "DB_PASSWORD", database.password(),
                "PRODUCT_API_PORT", "0", "ANALYSIS_API_PORT", "0", "TRACKING_ENGINE_PORT", "0",
                "JWT_KEY_DIR", "target/test-certs", "ANALYSIS_OUTPUT_ROOT", "target/analysis-output"));
        env.put("STATIC_DIR", "target/static");
        env.put("DEMO_DATA", "true");
        // the general log shows each connection's schema when it connects: log from before the pools start
        jdbc.execute("SET GLOBAL log_output = 'TABLE'");
        jdbc.execute("SET GLOBAL general_log = 'ON'");
        Map<String, String> previous = new HashMap<>();
        env.forEach((key, value) -> {
            String old = System.getProperty(key);
            if (old != null) {
                previous.put(key, old);
            }
            System.setProperty(key, value);
        });
        try {
            platform = new LocalPlatform();
            platform.start(new LaunchSettings(env));
        } finally {
            env.keySet().forEach(System::clearProperty);
            previous.forEach(System::setProperty);
        }
        product = new HttpApi(port(platform, true));
        analysis = new HttpApi(port(platform, false));
    }

    @AfterAll
    static void stop() {
        if (jdbc != null) {
            jdbc.execute("SET GLOBAL general_log = 'OFF'");
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyQueryOfTheAppsRoutesUsesAnIndex() throws SQLException {
        String owner = product.login("owner@demo.club", "DemoOwner2026!");
        String coach = product.login("coach@demo.club", "DemoCoach2026!");
        String team = jdbc.queryForObject("SELECT id FROM teams WHERE name = 'Atlético Demo'", String.class);
        String match = jdbc.queryForObject("""
                SELECT m.id FROM matches m JOIN analysis_runs r ON r.match_id = m.id
                WHERE ? IN (m.home_team_id, m.away_team_id) ORDER BY m.date_time DESC LIMIT 1""", String.class, team);
        String run = jdbc.queryForObject("SELECT id FROM analysis_runs WHERE match_id = ?", String.class, match);
        String player = jdbc.queryForObject("""
                SELECT p.id FROM players p WHERE p.team_id = ? ORDER BY p.jersey_number LIMIT 1""", String.class, team);
        String division = jdbc.queryForObject("SELECT id FROM events WHERE name = 'Demo Premier Division'",
                String.class);

        List<Call> calls = new ArrayList<>();
        // the routes the Flutter app calls (its client contract), as the club owner
        for (String route : List.of("/api/users/me", "/api/teams", "/api/players", "/api/staff", "/api/matches",
                "/api/matches?event_id=" + division, "/api/matches/" + match, "/api/matches/" + match + "/details",
                "/api/matches/" + match + "/notes", "/api/player_match_statistics?match_id=" + match,
                "/api/player_match_statistics/player/" + player, "/api/formations",
                "/api/match_lineups?match_id=" + match, "/api/reunions", "/api/training_sessions", "/api/events",
                "/api/matches/" + match + "/alerts", "/api/decision/metrics?match_id=" + match,
                "/api/analysis/" + run + "/status", "/api/matches/" + match + "/analysis",
                "/api/matches/" + match + "/decision_review",
                // lists of a match and of a whole club the app does not call, but a client may
                "/api/match_events?match_id=" + match, "/api/match_events", "/api/match_lineups",
                "/api/player_match_statistics")) {
            calls.add(call(product, "product", route, owner));
        }
        for (String route : List.of("/api/analysis_history", "/api/analysis_history?match_id=" + match,
                "/api/analysis/" + run + "/segments", "/api/matches/" + match + "/segments",
                "/api/analysis_status/" + run)) {
            calls.add(call(analysis, "analysis", route, owner));
        }
        // the assistant's analytics, as the head coach
        for (String question : List.of("Which players are improving their sprint intensity?",
                "Who was our best player in the last match?", "What is our best pressing formation?",
                "How did Mateo Rivas play in the last 5 matches?", "How did we do against Harbour United?")) {
            Timestamp at = serverTime();
            HttpApi.Response response = product.postJson("/api/assistant/query", Map.of("question", question), coach);
            assertThat(response.status()).as(question).isEqualTo(200);
            calls.add(new Call("product", "POST /api/assistant/query " + question, at));
        }
        jdbc.execute("SET GLOBAL general_log = 'OFF'");

        Map<String, String> statements = statementsOf(calls);
        assertThat(statements).hasSizeGreaterThan(30);
        List<String> offenders = new ArrayList<>();
        Set<String> clubSorts = new TreeSet<>();
        StringBuilder report = new StringBuilder();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> entry : statements.entrySet()) {
                List<PlanRow> plan = explain(statement, entry.getKey());
                List<String> problems = problems(plan);
                report.append(problems.isEmpty() ? "ok   " : "FAIL ").append(entry.getValue()).append('\n')
                        .append("     ").append(entry.getKey().replaceAll("\\s+", " ")).append('\n');
                plan.forEach(row -> report.append("       ").append(row).append('\n'));
                if (!problems.isEmpty() && SORTS_A_CLUB.contains(entry.getValue())) {
                    clubSorts.add(entry.getValue());
                } else if (!problems.isEmpty()) {
                    offenders.add(entry.getValue() + ": " + problems + "\n  " + entry.getKey().replaceAll("\\s+", " "));
                }
            }
        }
        System.out.println("Query plans (threshold " + threshold + " rows):\n" + report);
        assertThat(offenders).as("queries that read or sort more than %d rows", threshold).isEmpty();
        assertThat(clubSorts).as("the whole-club lists that sort their rows").isEqualTo(new TreeSet<>(SORTS_A_CLUB));
    }

    private static Call call(HttpApi api, String app, String route, String token) {
        Timestamp at = serverTime();
        HttpApi.Response response = api.get(route, token);
        assertThat(response.status()).as(app + " GET " + route + ": " + response.body()).isEqualTo(200);
        return new Call(app, "GET " + route, at);
    }

    private static Timestamp serverTime() {
        return jdbc.queryForObject("SELECT NOW(6)", Timestamp.class);
    }

    /**
     * The distinct SELECTs the platform's connections to the league schema sent while the routes
     * ran, each with the route it ran for (the latest route called before it).
     */
    private static Map<String, String> statementsOf(List<Call> calls) {
        Set<Long> threads = new TreeSet<>(jdbc.queryForList("""
                SELECT thread_id FROM mysql.general_log
                WHERE command_type IN ('Connect', 'Init DB') AND CONVERT(argument USING utf8mb4) LIKE ?""",
                Long.class, "%" + database.name() + "%"));
        Map<String, String> statements = new LinkedHashMap<>();
        Set<String> shapes = new TreeSet<>();
        jdbc.query("""
                SELECT event_time, thread_id, CONVERT(argument USING utf8mb4) AS query FROM mysql.general_log
                WHERE command_type IN ('Query', 'Execute') AND event_time >= ? ORDER BY event_time""", rs -> {
            // a query with a timeout (the assistant's) arrives as SET STATEMENT max_statement_time=… FOR <query>
            String sql = rs.getString("query").strip().replaceFirst("(?is)^SET STATEMENT .*? FOR\\s+", "");
            String lower = sql.toLowerCase();
            if (!threads.contains(rs.getLong("thread_id")) || !(lower.startsWith("select") || lower.startsWith("with"))
                    || !lower.matches("(?s).*\\bfrom\\b.*")) {
                return;
            }
            Timestamp at = rs.getTimestamp("event_time");
            String route = calls.stream().filter(call -> !call.at().after(at)).reduce((a, b) -> b)
                    .map(call -> call.app() + " " + call.route()).orElse("start-up");
            // one plan per shape of statement: literals and lists of them do not change the plan
            String shape = sql.replaceAll("'[^']*'", "?").replaceAll("\\b\\d+\\b", "?")
                    .replaceAll("\\?(\\s*,\\s*\\?)+", "?").replaceAll("\\s+", " ");
            if (shapes.add(shape)) {
                statements.put(sql, route);
            }
        }, calls.get(0).at());
        return statements;
    }

    private static List<PlanRow> explain(Statement statement, String sql) throws SQLException {
        List<PlanRow> plan = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("EXPLAIN " + sql)) {
            while (rs.next()) {
                plan.add(new PlanRow(String.valueOf(rs.getObject("id")), String.valueOf(rs.getString("table")),
                        String.valueOf(rs.getString("type")), String.valueOf(rs.getString("key")), rows(rs.getString("rows")),
                        rs.getString("Extra") == null ? "" : rs.getString("Extra")));
            }
        }
        return plan;
    }

    /** The estimate of an EXPLAIN row: a number, sometimes followed by a filter's share ("6 (41%)"). */
    private static long rows(String rows) {
        if (rows == null) {
            return 0;
        }
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("^\\d+").matcher(rows.strip());
        return number.find() ? Long.parseLong(number.group()) : 0;
    }

    /** Full scans and sorts of more rows than the threshold. */
    private static List<String> problems(List<PlanRow> plan) {
        List<String> problems = new ArrayList<>();
        Map<String, Long> joined = new HashMap<>();
        for (PlanRow row : plan) {
            joined.merge(row.id(), Math.max(1, row.rows()), (a, b) -> a * b);
        }
        for (PlanRow row : plan) {
            boolean derived = row.table().startsWith("<");
            if (!derived && (row.type().equals("ALL") || row.type().equals("index")) && row.rows() > threshold) {
                problems.add("scans " + row.table() + " (" + row.type() + ", " + row.rows() + " rows)");
            }
            if (row.extra().contains("Using filesort")) {
                long sorted = row.extra().contains("Using temporary") ? joined.get(row.id()) : row.rows();
                if (sorted > threshold) {
                    problems.add("sorts about " + sorted + " rows (" + row.table() + ": " + row.extra() + ")");
                }
            }
        }
        return problems;
    }

    private static int port(LocalPlatform platform, boolean product) {
        var context = product ? platform.product() : platform.analysis();
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
