package com.footballcoach.analysis.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.footballcoach.embedded.TestDatabase;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.platform.testing.TestTokens;
import com.footballcoach.simulator.EngineSimulatorMain;
import com.footballcoach.simulator.media.SampleVideos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Fault drill: the tracking engine is a real separate process (the simulator's main class), and
 * it is killed with SIGKILL while it streams a run's packets. The run must end FAILED with a
 * message that says what happened — not stay PROCESSING as a ghost — and once the engine is
 * back, a retry of the run completes.
 */
class EngineProcessKilledIT {

    @Test
    void failsTheRunWhenTheEngineProcessIsKilledMidStreamAndARetryCompletesOnceItIsBack() throws Exception {
        Path root = Files.createTempDirectory("engine-kill-drill");
        TestDatabase database = TestDatabase.shared().newSchema();
        TestAccounts.Club club = TestAccounts.in(database, TestAccounts::newClub);
        int enginePort = JavaProcess.freePort();
        JavaProcess engine = startEngine(enginePort, root);
        try (ConfigurableApplicationContext app = AnalysisInstance.start(
                AnalysisInstance.args(database, 0, enginePort, root, Map.of()))) {
            int port = AnalysisInstance.port(app);
            HttpApi api = new HttpApi(port);
            String token = TestTokens.of(club.ownerEmail());
            awaitListening(engine, enginePort);
            Path video = SampleVideos.writeMp4(root.resolve("sample.mp4"), Duration.ofMinutes(10));
            String id = MultipartUpload.post(port, "/api/analyze_match", token, Map.of(), "kill.mp4",
                    Files.readAllBytes(video)).json().get("analysis_id").asString();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> segments(api, token, id) >= 2);
            assertThat(status(api, token, id).get("status").asString()).isEqualTo("PROCESSING");

            long killed = System.nanoTime();
            engine.kill();
            JsonNode ended = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> status(api, token, id), s -> !s.get("status").asString().equals("PROCESSING"));
            Duration failedIn = JavaProcess.since(killed);

            assertThat(ended.get("status").asString()).isEqualTo("FAILED");
            assertThat(ended.get("error").asString()).startsWith("tracking engine connection lost mid-stream")
                    .contains("127.0.0.1:" + enginePort);
            assertThat(ended.get("message").asString()).isEqualTo("Failed: " + ended.get("error").asString());
            assertThat(segments(api, token, id)).as("the segments stored before the kill are kept").isGreaterThanOrEqualTo(2);
            assertThat(failedIn).isLessThan(Duration.ofSeconds(10));

            engine = startEngine(enginePort, root);
            awaitListening(engine, enginePort);
            long retried = System.nanoTime();
            String retryId = api.postJson("/api/analysis/" + id + "/retry", "{}", token).json().get("analysis_id")
                    .asString();
            JsonNode done = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                    .until(() -> status(api, token, retryId), s -> !List.of("QUEUED", "PROCESSING")
                            .contains(s.get("status").asString()));

            assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
            assertThat(done.get("attempt").asInt()).isEqualTo(2);
            assertThat(done.get("retry_of").asString()).isEqualTo(id);
            assertThat(segments(api, token, retryId)).isEqualTo(40);
            LoggerFactory.getLogger(EngineProcessKilledIT.class).info(
                    "DRILL engine SIGKILL: run FAILED {} ms after the kill (\"{}\"); retry COMPLETED in {} ms",
                    failedIn.toMillis(), ended.get("error").asString(), JavaProcess.since(retried).toMillis());
        } finally {
            engine.close();
        }
    }

    private static JavaProcess startEngine(int port, Path root) {
        // the simulator is configured from the environment; the child inherits ours plus these
        return JavaProcess.start("engine-simulator", EngineSimulatorMain.class.getName(), List.of(), Map.of(
                "TRACKING_ENGINE_PORT", Integer.toString(port), "ANALYSIS_OUTPUT_ROOT", root.toString(),
                "SIMULATOR_PACKET_DELAY_MS", "40", "SIMULATOR_SEGMENT_SECONDS", "15"));
    }

    private static void awaitListening(JavaProcess engine, int port) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> JavaProcess.listening(port) || !engine.isAlive());
        assertThat(engine.isAlive()).as("the engine process: %s", engine.output()).isTrue();
    }

    private static JsonNode status(HttpApi api, String token, String id) {
        return api.get("/api/analysis_status/" + id, token).json();
    }

    private static int segments(HttpApi api, String token, String id) {
        return api.get("/api/analysis/" + id + "/segments", token).json().get("count").asInt();
    }
}
