package com.footballcoach.analysis.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.footballcoach.analysis.AnalysisApiTest;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.platform.testing.TestTokens;
import com.footballcoach.platform.testing.WebhookReceiver;
import com.footballcoach.platform.webhooks.CreatedWebhook;
import com.footballcoach.platform.webhooks.Webhooks;
import com.footballcoach.simulator.Behaviour;
import com.footballcoach.simulator.EngineSimulator;
import com.footballcoach.simulator.SimulatorSettings;
import com.footballcoach.simulator.media.SampleVideos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Run webhooks end to end: a real upload analysed by the engine simulator over gRPC, the outbox
 * row written as the run ends, and the analysis API's own webhook worker (its timer on) posting it
 * to a real local HTTP server.
 */
@AnalysisApiTest
class RunWebhooksIT {

    static final Path ROOT = tempDir();
    static final EngineSimulator ENGINE = EngineSimulator.start(SimulatorSettings.fullSpeed(ROOT.resolve("engine-root"))
            .withSegmentSeconds(15));
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void engineAndWebhooks(DynamicPropertyRegistry registry) {
        registry.add("coach.tracking-engine.port", ENGINE::port);
        registry.add("coach.tracking-engine.connect-attempts", () -> 2);
        registry.add("coach.tracking-engine.retry-backoff", () -> "100ms");
        registry.add("coach.analysis.output-root", () -> ROOT.resolve("engine-root").toString());
        registry.add("coach.analysis.worker.enabled", () -> true);
        registry.add("coach.webhooks.worker", () -> true);
        registry.add("coach.webhooks.allow-private", () -> true);
        registry.add("coach.webhooks.poll-interval", () -> "100ms");
    }

    @LocalServerPort
    int port;

    @Autowired
    Webhooks webhooks;

    @Autowired
    JdbcClient jdbc;

    HttpApi api;
    TestAccounts.Club club;
    String token;
    WebhookReceiver receiver;
    CreatedWebhook webhook;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        club = TestAccounts.newClub();
        token = TestTokens.of(club.coachEmail());
        receiver = WebhookReceiver.start();
        webhook = webhooks.create(club.ownerId(), receiver.url(), List.of("run.completed", "run.failed"));
    }

    @AfterEach
    void tearDown() {
        receiver.close();
        ENGINE.behaviour(Behaviour.normal());
    }

    @AfterAll
    static void stopEngine() {
        ENGINE.close();
    }

    @Test
    void aCompletedRunIsDeliveredExactlyOnceSigned() {
        String id = upload("match.mp4", Duration.ofSeconds(47));
        JsonNode accepted = awaitStatus(id, "COMPLETED");

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 1);
        // several worker ticks later: still one
        await().pollDelay(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2)).until(() -> true);
        assertThat(receiver.received()).hasSize(1);
        WebhookReceiver.Received request = receiver.received().get(0);
        assertThat(WebhookReceiver.verify(webhook.secret(), request)).isTrue();
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("type").asString()).isEqualTo("run.completed");
        assertThat(body.get("data").get("analysis_id").asString()).isEqualTo(id);
        assertThat(body.get("data").get("match_id").asString()).isEqualTo(accepted.get("match_id").asString());
        assertThat(body.get("data").get("status").asString()).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = :e AND status = 'delivered'")
                .param("e", webhook.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aFailedRunIsDeliveredAsRunFailed() {
        ENGINE.behaviour(Behaviour.failAt(1));
        String id = upload("fail.mp4", Duration.ofSeconds(47));
        awaitStatus(id, "FAILED");

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 1);
        JsonNode body = JSON.readTree(receiver.received().get(0).body());
        assertThat(body.get("type").asString()).isEqualTo("run.failed");
        assertThat(body.get("data").get("analysis_id").asString()).isEqualTo(id);
        assertThat(body.get("data").get("status").asString()).isEqualTo("FAILED");
        assertThat(body.get("data").get("message").asString()).isNotBlank();
    }

    private String upload(String name, Duration length) {
        MultipartUpload.Response accepted = MultipartUpload.post(port, "/api/analyze_match", token, Map.of(), name,
                sampleVideo(length));
        assertThat(accepted.status()).isEqualTo(202);
        return accepted.json().get("analysis_id").asString();
    }

    private JsonNode awaitStatus(String id, String wanted) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/analysis_status/" + id, token).json().get("status").asString(),
                        wanted::equals);
        return api.get("/api/analysis_status/" + id, token).json();
    }

    static byte[] sampleVideo(Duration duration) {
        try {
            Path file = Files.createTempFile(ROOT, "sample", ".mp4");
            SampleVideos.writeMp4(file, duration);
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("run-webhooks-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
