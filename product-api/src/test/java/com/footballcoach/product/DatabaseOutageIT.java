package com.footballcoach.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.embedded.EmbeddedMariaDb;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestKeys;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fault drill: the database stops under the running product API while clients are reading and
 * writing (match events and the player list), and comes back. While it is down every request
 * fails fast with a 503 problem and {@code Retry-After}, never a 500; once it is back the API
 * recovers by itself; and every write that was answered 2xx is in the database afterwards.
 * The drill runs on its own embedded server (stopping the shared one would stop every test).
 */
class DatabaseOutageIT {

    private static final int CLIENTS = 4;
    private static final String PASSWORD = "outage-password-1";

    /**
     * One answered request: the phase it started and ended in ({@code up}, {@code stopping},
     * {@code down}, {@code starting}, {@code back}), what it was, how it went and how long it took.
     * Status -1: no HTTP answer at all.
     */
    record Answer(String phase, String endPhase, boolean write, int status, @Nullable String retryAfter,
            boolean problem, @Nullable String createdId, Duration took) {

        boolean within(String wanted) {
            return phase.equals(wanted) && endPhase.equals(wanted);
        }
    }

    @Test
    void failsFastWith503ProblemsUnderLoadWhileTheDatabaseIsDownRecoversByItselfAndLosesNoAcceptedWrite()
            throws Exception {
        Path home = Path.of("target", "outage-" + UUID.randomUUID()).toAbsolutePath();
        int port = EmbeddedMariaDb.freePort();
        EmbeddedMariaDb db = EmbeddedMariaDb.startPersistent(home, port);
        db.createDatabase("outage");
        String url = db.jdbcUrl("outage");
        Flyway.configure().dataSource(url, "root", "").locations("classpath:db/migration").load().migrate();
        String email = "outage-" + UUID.randomUUID() + "@test.club";
        execute(url, "INSERT INTO users (id, email, password_hash, user_type) VALUES (?, ?, ?, 'owner')",
                UUID.randomUUID().toString(), email, new BCryptPasswordEncoder(4).encode(PASSWORD));
        // the environment variables the apps read (defaults rank below the shared settings file)
        Map<String, Object> properties = Map.of("spring.application.name", "outage", "PRODUCT_API_PORT", "0",
                "DB_HOST", "127.0.0.1", "DB_PORT", Integer.toString(port), "DB_NAME", "outage",
                "JWT_PRIVATE_KEY", TestKeys.privatePem(TestKeys.CURRENT),
                "JWT_PUBLIC_KEY", TestKeys.publicPem(TestKeys.CURRENT), "STATIC_DIR", "target/outage-static");
        EmbeddedMariaDb again = null;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (ConfigurableApplicationContext app = ProductApiApplication.builder().properties(properties)
                .registerShutdownHook(false).run()) {
            HttpApi api = new HttpApi(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            String token = api.login(email, PASSWORD);
            String team = created(api.postJson("/api/teams", Map.of("name", "Outage FC"), token));
            String opponent = created(api.postJson("/api/teams", Map.of("name", "Outage Rovers"), token));
            String match = created(api.postJson("/api/matches", Map.of("home_team_id", team, "away_team_id", opponent,
                    "date_time", "2026-03-19T18:30:00.000", "status", "live"), token));
            created(api.postJson("/api/players", Map.of("name", "Outage Striker", "team_id", team), token));
            String coachEmail = "coach-" + email;
            String coachId = UUID.randomUUID().toString();
            execute(url, "INSERT INTO users (id, email, password_hash, user_type) VALUES (?, ?, ?, 'staff')", coachId,
                    coachEmail, new BCryptPasswordEncoder(4).encode(PASSWORD));
            execute(url, "INSERT INTO staff (id, team_id, user_id, name, role, permission_level, email)"
                    + " VALUES (?, ?, ?, 'Outage Coach', 'head_coach', 'full_access', ?)", UUID.randomUUID().toString(),
                    team, coachId, coachEmail);
            String coach = api.login(coachEmail, PASSWORD);

            AtomicReference<String> phase = new AtomicReference<>("up");
            AtomicBoolean running = new AtomicBoolean(true);
            ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
            for (int client = 0; client < CLIENTS; client++) {
                int seed = client;
                clients.execute(() -> load(api, coach, match, team, seed, phase, running, answers));
            }
            awaitAnswers(answers, Duration.ofSeconds(30), () -> count(answers, "up", true, 201) >= 10);

            phase.set("stopping");
            db.close();
            phase.set("down");
            HttpApi.Response login = api.postForm("/api/token", Map.of("username", email, "password", PASSWORD));
            awaitAnswers(answers, Duration.ofSeconds(30), () -> count(answers, "down", true, 503) >= 4
                    && count(answers, "down", false, 503) >= 4);
            phase.set("starting");

            again = EmbeddedMariaDb.startPersistent(home, port);
            long restarted = System.nanoTime();
            phase.set("back");
            awaitAnswers(answers, Duration.ofSeconds(60), () -> count(answers, "back", true, 201) >= 10
                    && count(answers, "back", false, 200) >= 10);
            Duration recoveredIn = Duration.ofNanos(System.nanoTime() - restarted);
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            List<Answer> all = List.copyOf(answers);
            assertThat(all).as("an HTTP answer, and no 5xx but 503, ever")
                    .allMatch(a -> a.status() > 0 && (a.status() < 500 || a.status() == 503));
            assertThat(all).filteredOn(a -> a.status() == 503)
                    .allMatch(a -> a.problem() && a.retryAfter() != null, "a problem body with Retry-After");
            assertThat(all).filteredOn(a -> a.within("up")).allMatch(a -> a.status() < 300);
            List<Answer> down = all.stream().filter(a -> a.within("down")).toList();
            assertThat(down).allMatch(a -> a.status() == 503, "503 while the database is down");
            Duration slowest = down.stream().map(Answer::took).max(Duration::compareTo).orElseThrow();
            assertThat(slowest).as("the slowest refusal while down").isLessThan(Duration.ofSeconds(5));
            assertThat(login.status()).isEqualTo(503);
            assertThat(login.isProblem()).isTrue();
            assertThat(login.header("Retry-After")).isNotNull();
            assertThat(api.get("/api/users/me", token).status()).isEqualTo(200);
            assertThat(api.login(email, PASSWORD)).isNotBlank();

            Set<String> accepted = new HashSet<>();
            all.stream().filter(a -> a.createdId() != null).forEach(a -> accepted.add(a.createdId()));
            Set<String> stored = new HashSet<>();
            try (Connection c = DriverManager.getConnection(url, "root", "");
                    ResultSet rows = c.createStatement().executeQuery("SELECT id FROM match_events")) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
            assertThat(stored).as("every write answered 201 is stored").containsAll(accepted);
            LoggerFactory.getLogger(DatabaseOutageIT.class).info("DRILL database outage: {} requests from {} clients;"
                    + " while down {} answers, all 503, slowest {} ms; recovered {} ms after the restart;"
                    + " {} writes accepted, all stored ({} rows)", all.size(), CLIENTS, down.size(), slowest.toMillis(),
                    recoveredIn.toMillis(), accepted.size(), stored.size());
        } finally {
            clients.shutdownNow();
            if (again != null) {
                again.close();
            }
        }
    }

    /** A client that alternates a write (a match event) and a read (the players) until told to stop. */
    private static void load(HttpApi api, String token, String match, String team, int seed,
            AtomicReference<String> phase, AtomicBoolean running, ConcurrentLinkedQueue<Answer> answers) {
        for (int i = seed; running.get(); i++) {
            boolean write = i % 2 == 0;
            String startedIn = phase.get();
            long started = System.nanoTime();
            HttpApi.Response response;
            try {
                response = write ? api.postJson("/api/match_events", Map.of("match_id", match, "team_id", team,
                        "event_type", "pass", "minute", i % 90), token) : api.get("/api/players", token);
            } catch (RuntimeException e) {
                answers.add(new Answer(startedIn, phase.get(), write, -1, null, false, null,
                        Duration.ofNanos(System.nanoTime() - started)));
                continue;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            String id = write && response.status() == 201 ? response.json().get("id").asString() : null;
            answers.add(new Answer(startedIn, phase.get(), write, response.status(), response.header("Retry-After"),
                    response.isProblem(), id, took));
        }
    }

    private static void awaitAnswers(ConcurrentLinkedQueue<Answer> answers, Duration atMost,
            java.util.concurrent.Callable<Boolean> condition) {
        try {
            Awaitility.await().atMost(atMost).until(condition);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            Map<String, Long> seen = answers.stream().collect(java.util.stream.Collectors.groupingBy(
                    a -> a.phase() + "->" + a.endPhase() + (a.write() ? " write " : " read ") + a.status(),
                    java.util.TreeMap::new, java.util.stream.Collectors.counting()));
            throw new AssertionError("Not within " + atMost + "; answers so far: " + seen, e);
        }
    }

    private static void execute(String url, String sql, String... params) throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", ""); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private static long count(ConcurrentLinkedQueue<Answer> answers, String phase, boolean write, int status) {
        return answers.stream().filter(a -> a.within(phase) && a.write() == write && a.status() == status)
                .count();
    }

    private static String created(HttpApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
