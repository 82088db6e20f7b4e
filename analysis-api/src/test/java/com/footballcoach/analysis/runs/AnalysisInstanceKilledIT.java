package com.footballcoach.analysis.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.footballcoach.analysis.AnalysisApiApplication;
import com.footballcoach.embedded.TestDatabase;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.platform.testing.TestTokens;
import com.footballcoach.simulator.Behaviour;
import com.footballcoach.simulator.EngineSimulator;
import com.footballcoach.simulator.SimulatorSettings;
import com.footballcoach.simulator.media.SampleVideos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Fault drill: the analysis API is a real separate process, and it is killed with SIGKILL while
 * one of its runs is PROCESSING — no graceful shutdown, so nothing marks the run and its
 * heartbeats just stop. The restarted app must find the run stale by its old heartbeat, fail it
 * with a message naming the dead owner, and a retry must complete. {@code AnalysisRunsIT} covers
 * the detection rule on a planted row; this drill covers a run that really was running.
 */
class AnalysisInstanceKilledIT {

    private static final Map<String, String> STALE_AFTER_4S = Map.of("coach.analysis.stale-after", "4s");

    @Test
    void marksTheRunOfAKilledInstanceStaleWhenItsHeartbeatsStopAndARetryOnTheRestartedAppCompletes()
            throws Exception {
        Path root = Files.createTempDirectory("analysis-kill-drill");
        TestDatabase database = TestDatabase.shared().newSchema();
        TestAccounts.Club club = TestAccounts.in(database, TestAccounts::newClub);
        int port = JavaProcess.freePort();
        try (EngineSimulator engine = EngineSimulator.start(SimulatorSettings.fullSpeed(root)
                .withBehaviour(Behaviour.hangAt(1)))) {
            List<String> args = AnalysisInstance.args(database, port, engine.port(), root, STALE_AFTER_4S);
            HttpApi api = new HttpApi(port);
            String id;
            String owner;
            Timestamp lastHeartbeat;
            long killed;
            try (JavaProcess first = JavaProcess.start("analysis-api", AnalysisApiApplication.class.getName(), args)) {
                await().atMost(AnalysisInstance.STARTUP).pollInterval(Duration.ofMillis(250))
                        .until(() -> healthy(api) || !first.isAlive());
                assertThat(first.isAlive()).as("the analysis API process: %s", first.output()).isTrue();
                String token = TestTokens.of(club.ownerEmail());
                id = MultipartUpload.post(port, "/api/analyze_match", token, Map.of(), "killed.mp4",
                        Files.readAllBytes(SampleVideos.writeMp4(root.resolve("sample.mp4"), Duration.ofSeconds(47))))
                        .json().get("analysis_id").asString();
                await().atMost(Duration.ofSeconds(30)).until(() -> segments(database, id) == 1);
                owner = row(database, id).owner();
                assertThat(owner).as("the owner is the child process").contains("-" + first.pid() + "-");
                Timestamp beat = row(database, id).heartbeat();
                await().atMost(Duration.ofSeconds(10)).until(() -> row(database, id).heartbeat().after(beat));

                first.kill();
                killed = System.nanoTime();
                lastHeartbeat = row(database, id).heartbeat();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> engine.activeAnalyses() == 0);
            Run dead = row(database, id);
            assertThat(dead.status()).as("nobody has marked the run of the dead instance yet").isEqualTo("PROCESSING");
            assertThat(dead.heartbeat()).as("its heartbeats stopped").isEqualTo(lastHeartbeat);

            engine.behaviour(Behaviour.normal());
            try (ConfigurableApplicationContext restarted = AnalysisInstance.start(args)) {
                String token = TestTokens.of(club.ownerEmail());
                JsonNode stale = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                        .until(() -> status(api, token, id), s -> !s.get("status").asString().equals("PROCESSING"));
                Duration staleIn = JavaProcess.since(killed);

                assertThat(stale.get("status").asString()).isEqualTo("FAILED");
                assertThat(stale.get("message").asString()).startsWith("stale: no heartbeat from " + owner)
                        .endsWith("retry the analysis");
                assertThat(staleIn).isLessThan(Duration.ofSeconds(25));

                String retryId = api.postJson("/api/analysis/" + id + "/retry", "{}", token).json()
                        .get("analysis_id").asString();
                JsonNode done = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> status(api, token, retryId), s -> !List.of("QUEUED", "PROCESSING")
                                .contains(s.get("status").asString()));
                assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
                assertThat(done.get("attempt").asInt()).isEqualTo(2);
                assertThat(row(database, retryId).owner()).isNotEqualTo(owner);
                LoggerFactory.getLogger(AnalysisInstanceKilledIT.class).info(
                        "DRILL analysis API SIGKILL: run FAILED stale {} ms after the kill (stale after 4 s): \"{}\"",
                        staleIn.toMillis(), stale.get("message").asString());
            }
        }
    }

    /** The columns of a run this drill watches. */
    record Run(String status, String owner, Timestamp heartbeat) {
    }

    private static Run row(TestDatabase database, String id) throws Exception {
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT status, owner_instance, heartbeat_at FROM analysis_runs WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return new Run(rows.getString(1), rows.getString(2), rows.getTimestamp(3));
            }
        }
    }

    private static int segments(TestDatabase database, String id) throws Exception {
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM analysis_segments WHERE analysis_id = ?")) {
            s.setString(1, id);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static boolean healthy(HttpApi api) {
        try {
            return api.get("/healthz", null).status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static JsonNode status(HttpApi api, String token, String id) {
        return api.get("/api/analysis_status/" + id, token).json();
    }
}
