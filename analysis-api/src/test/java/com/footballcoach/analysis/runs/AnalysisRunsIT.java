package com.footballcoach.analysis.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.footballcoach.analysis.AnalysisApiTest;
import com.footballcoach.analysis.assets.Mp4Faststart;
import com.footballcoach.platform.alerts.AlertRaised;
import com.footballcoach.platform.analysis.RunFinished;
import com.footballcoach.platform.analysis.RunProgressed;
import com.footballcoach.platform.analysis.SegmentCompleted;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.platform.testing.TestTokens;
import com.footballcoach.simulator.Behaviour;
import com.footballcoach.simulator.EngineSimulator;
import com.footballcoach.simulator.SimulatorSettings;
import com.footballcoach.simulator.media.SampleVideos;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Analysis runs end to end: real HTTP uploads, the real database, and real gRPC to an engine
 * simulator started here on a free port, sharing the output root with the app.
 */
@AnalysisApiTest
@Import(AnalysisRunsIT.EventLog.class)
class AnalysisRunsIT {

    static final Path ROOT = tempDir();
    static final EngineSimulator ENGINE = EngineSimulator.start(SimulatorSettings.fullSpeed(ROOT.resolve("engine-root"))
            .withSegmentSeconds(15));
    static final long MAX_UPLOAD = 2 * 1024 * 1024;

    @DynamicPropertySource
    static void engineAndOutputRoot(DynamicPropertyRegistry registry) {
        registry.add("coach.tracking-engine.port", ENGINE::port);
        registry.add("coach.tracking-engine.connect-attempts", () -> 2);
        registry.add("coach.tracking-engine.retry-backoff", () -> "100ms");
        registry.add("coach.analysis.output-root", () -> ROOT.resolve("engine-root").toString());
        registry.add("coach.analysis.max-upload", () -> MAX_UPLOAD + "B");
        registry.add("coach.analysis.worker.enabled", () -> true);
    }

    /** Collects the run events, as the live-events listeners will receive them. */
    @TestConfiguration(proxyBeanMethods = false)
    static class EventLog {
        static final List<Object> EVENTS = new CopyOnWriteArrayList<>();

        @EventListener({RunProgressed.class, SegmentCompleted.class, AlertRaised.class, RunFinished.class})
        void record(Object event) {
            EVENTS.add(event);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpApi api;
    TestAccounts.Club club;
    String token;

    @BeforeEach
    void signIn() {
        api = new HttpApi(port);
        club = TestAccounts.newClub();
        token = TestTokens.of(club.ownerEmail());
        ENGINE.behaviour(Behaviour.normal());
    }

    @AfterEach
    void engineIdle() {
        ENGINE.behaviour(Behaviour.normal());
    }

    @AfterAll
    static void stopEngine() {
        ENGINE.close();
    }

    @Test
    void analysesAnUploadToCompletionWithProgressSegmentsAlertsOutputsAndReport() throws Exception {
        byte[] video = sampleVideo(Duration.ofMinutes(3));

        MultipartUpload.Response accepted = upload(token, Map.of(), "match.mp4", video);

        assertThat(accepted.status()).isEqualTo(202);
        String id = accepted.json().get("analysis_id").asString();
        String matchId = accepted.json().get("match_id").asString();
        assertThat(accepted.json().get("status").asString()).isEqualTo("accepted");
        assertThat(matchId).isNotBlank().isNotEqualTo(id);

        JsonNode status = awaitStatus(id, "COMPLETED");
        assertThat(status.get("progress").isNumber()).isTrue();
        assertThat(status.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(status.get("input_video_name").asString()).isEqualTo("match.mp4");
        JsonNode outputs = status.get("outputs");
        assertThat(outputs.get("tracking_video_path").asString()).isEqualTo(id + "/tracking_video.mp4");
        assertThat(outputs.get("tactical_advisory_path").asString()).isEqualTo(id + "/tactical_advisory.json");
        assertThat(outputs.get("total_frames").asInt()).isEqualTo(180 * 25);
        assertThat(outputs.get("players_tracked").asInt()).isEqualTo(22);
        assertThat(outputs.get("fps").asDouble()).isEqualTo(25.0);
        assertThat(ROOT.resolve("engine-root").resolve(outputs.get("tracking_video_path").asString())).exists();

        Map<String, Object> row = jdbc.sql("SELECT input_video_path, input_sha256, input_size_bytes, team_id, attempt"
                + " FROM analysis_runs WHERE id = :id").param("id", id).query().singleRow();
        assertThat(row.get("input_video_path")).isEqualTo("uploads/" + id + ".mp4");
        assertThat(row.get("input_sha256")).isEqualTo(sha256(video));
        assertThat(((Number) row.get("input_size_bytes")).longValue()).isEqualTo(video.length);
        assertThat(row.get("team_id")).isEqualTo(club.teamId());
        assertThat(Files.readAllBytes(ROOT.resolve("engine-root").resolve("uploads/" + id + ".mp4"))).isEqualTo(video);

        JsonNode segments = api.get("/api/analysis/" + id + "/segments", token).json();
        assertThat(segments.get("count").asInt()).isEqualTo(12);
        JsonNode first = segments.get("segments").get(0);
        assertThat(first.get("segment_index").isInt()).isTrue();
        assertThat(first.get("segment_index").asInt()).isZero();
        assertThat(first.get("match_id").asString()).isEqualTo(matchId);
        assertThat(first.get("analysis_json").isObject()).isTrue();
        assertThat(first.get("analysis_json").has("possession_team_a_pct")).isTrue();
        assertThat(api.get("/api/matches/" + matchId + "/segments", token).json().get("count").asInt()).isEqualTo(12);

        int alerts = jdbc.sql("SELECT COUNT(*) FROM tactical_alerts WHERE match_id = :m AND analysis_id = :id")
                .param("m", matchId).param("id", id).query(Integer.class).single();
        assertThat(alerts).isPositive();
        Map<String, Object> alert = jdbc.sql("SELECT decision_id, match_time, action, recommended_action, status"
                + " FROM tactical_alerts WHERE match_id = :m ORDER BY match_time LIMIT 1").param("m", matchId)
                .query().singleRow();
        assertThat((String) alert.get("decision_id")).startsWith("D-");
        assertThat(alert.get("match_time")).isNotNull();
        assertThat(alert.get("status")).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM analysis_reports WHERE analysis_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);

        assertThat(EventLog.EVENTS).anyMatch(e -> e instanceof RunProgressed p && p.analysisId().equals(id)
                && p.progress() > 0 && p.progress() < 1);
        assertThat(EventLog.EVENTS.stream().filter(e -> e instanceof SegmentCompleted s && s.analysisId().equals(id)))
                .hasSize(12);
        assertThat(EventLog.EVENTS.stream().filter(e -> e instanceof AlertRaised a && a.matchId().equals(matchId)))
                .hasSize(alerts);
        assertThat(EventLog.EVENTS).anyMatch(e -> e instanceof RunFinished f && f.analysisId().equals(id)
                && f.status().equals("COMPLETED"));

        JsonNode history = api.get("/api/analysis_history?match_id=" + matchId, token).json();
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("analysis_id").asString()).isEqualTo(id);
    }

    @Test
    void completesWithEveryOutputTheEngineWroteServesItsPicturesAsPngAndItsVideosFastStart() throws Exception {
        String id = upload(token, Map.of(), "match.mp4", sampleVideo(Duration.ofSeconds(50))).json()
                .get("analysis_id").asString();

        JsonNode outputs = awaitStatus(id, "COMPLETED").get("outputs");

        Path root = ROOT.resolve("engine-root");
        for (String key : List.of("heatmap_video_path", "backline_video_path", "animation_video_path")) {
            assertThat(outputs.get(key)).as(key + " in " + outputs).isNotNull();
            Path file = root.resolve(outputs.get(key).asString());
            assertThat(file).isRegularFile();
            byte[] head = Arrays.copyOf(Files.readAllBytes(file), 8);
            assertThat(new String(head, 4, 4, StandardCharsets.ISO_8859_1)).as(key).isEqualTo("ftyp");
            // The engine's H.264 videos come with moov last; the run's completion moves it first.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Mp4Faststart.inspect(file).outcome())
                    .as(key).isEqualTo(Mp4Faststart.Outcome.ALREADY_FASTSTART));
        }
        HttpApi.Response mp4 = api.get("/api/analysis/stream?path=" + outputs.get("animation_video_path").asString(),
                token);
        assertThat(mp4.status()).isEqualTo(200);
        assertThat(mp4.header("Content-Type")).isEqualTo("video/mp4");
        for (String key : List.of("heatmap_image_path", "all_players_grid_image_path", "movement_trail_image_path",
                "possession_chart_image_path")) {
            assertThat(outputs.get(key)).as(key + " in " + outputs).isNotNull();
            assertThat(outputs.get(key).asString()).startsWith(id + "/").endsWith(".png");
            BufferedImage image = ImageIO.read(root.resolve(outputs.get(key).asString()).toFile());
            assertThat(image).as(key + " decodes as an image").isNotNull();
            assertThat(image.getWidth()).isGreaterThan(100);
            assertThat(image.getHeight()).isGreaterThan(100);
        }
        for (String key : List.of("tracking_video_path", "tracking_json_path", "possession_analysis_path",
                "tactical_advisory_path")) {
            assertThat(root.resolve(outputs.get(key).asString())).as(key).isRegularFile();
        }

        HttpApi.Response png = api.get("/api/analysis/files?path=" + outputs.get("heatmap_image_path").asString(),
                token);
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.header("Content-Type")).isEqualTo("image/png");
        HttpApi.Response listed = api.get("/api/analysis/" + id + "/files", token);
        List<String> kinds = new ArrayList<>();
        listed.json().get("files").forEach(file -> kinds.add(file.get("kind").asString()));
        assertThat(kinds).contains("heatmap_image", "all_players_grid_image", "movement_trail_image",
                "possession_chart_image", "heatmap_video", "backline_video", "animation_video");
    }

    @Test
    void persistsEveryPacketOfAFullMatchStreamedAtFullSpeed() {
        String id = upload(token, Map.of(), "full-match.mp4", sampleVideo(Duration.ofMinutes(90))).json()
                .get("analysis_id").asString();
        long started = System.nanoTime();

        JsonNode done = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> status(id), s -> s.get("status").asString().equals("COMPLETED"));

        double seconds = (System.nanoTime() - started) / 1e9;
        int segments = api.get("/api/analysis/" + id + "/segments", token).json().get("count").asInt();
        int alerts = jdbc.sql("SELECT COUNT(*) FROM tactical_alerts WHERE analysis_id = :id").param("id", id)
                .query(Integer.class).single();
        assertThat(segments).isEqualTo(360);
        assertThat(done.get("outputs").get("total_frames").asInt()).isEqualTo(90 * 60 * 25);
        org.slf4j.LoggerFactory.getLogger(AnalysisRunsIT.class).info(
                "PACKET FIGURE: {} segments + {} alerts stored in {} s (queue to COMPLETED) = {} rows/s",
                segments, alerts, String.format("%.2f", seconds), String.format("%.0f", (segments + alerts) / seconds));
    }

    @Test
    void cancelsARunningAnalysisKeepingTheUploadAndRetriesItToCompletion() {
        ENGINE.behaviour(Behaviour.hangAt(1));
        String id = upload(token, Map.of(), "hang.mp4", sampleVideo(Duration.ofSeconds(47))).json()
                .get("analysis_id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/analysis/" + id + "/segments", token)
                .json().get("count").asInt() == 1);
        assertThat(status(id).get("status").asString()).isEqualTo("PROCESSING");

        HttpApi.Response cancelled = api.postJson("/api/analysis/" + id + "/cancel", "{}", token);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("cancelled");
        assertThat(status(id).get("status").asString()).isEqualTo("CANCELLED");
        await().atMost(Duration.ofSeconds(10)).until(() -> ENGINE.activeAnalyses() == 0);
        assertThat(ROOT.resolve("engine-root/uploads/" + id + ".mp4")).exists();

        ENGINE.behaviour(Behaviour.normal());
        HttpApi.Response retried = api.postJson("/api/analysis/" + id + "/retry", "{}", token);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("status").asString()).isEqualTo("retry_started");
        assertThat(retried.json().get("original_id").asString()).isEqualTo(id);
        String retryId = retried.json().get("analysis_id").asString();
        JsonNode done = awaitStatus(retryId, "COMPLETED");
        assertThat(done.get("attempt").asInt()).isEqualTo(2);
        assertThat(done.get("retry_of").asString()).isEqualTo(id);
        assertThat(status(id).get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void failsWithAClearMessageWhenTheEngineIsUnreachable() {
        ENGINE.behaviour(Behaviour.unavailableEngine());

        String id = upload(token, Map.of(), "down.mp4", sampleVideo(Duration.ofSeconds(20))).json()
                .get("analysis_id").asString();

        JsonNode failed = awaitStatus(id, "FAILED");
        assertThat(failed.get("error").asString()).contains("tracking engine unreachable at 127.0.0.1:" + ENGINE.port());
        assertThat(failed.get("message").asString()).contains("tracking engine unreachable");
    }

    @Test
    void failsWhenTheStreamEndsWithoutATerminalPacket() {
        ENGINE.behaviour(Behaviour.dropAt(1));

        String id = upload(token, Map.of(), "drop.mp4", sampleVideo(Duration.ofSeconds(47))).json()
                .get("analysis_id").asString();

        JsonNode failed = awaitStatus(id, "FAILED");
        assertThat(failed.get("error").asString()).isEqualTo("engine closed the stream without a result");
    }

    @Test
    void failsWithTheEnginesReasonOnAFailedPacket() {
        ENGINE.behaviour(Behaviour.failAt(1));

        String id = upload(token, Map.of(), "fail.mp4", sampleVideo(Duration.ofSeconds(47))).json()
                .get("analysis_id").asString();

        JsonNode failed = awaitStatus(id, "FAILED");
        assertThat(failed.get("error").asString()).isNotBlank();
        assertThat(api.get("/api/analysis/" + id + "/segments", token).json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void marksTheRunOfADeadInstanceStaleAndRetriesItToCompletion() throws IOException {
        String id = UUID.randomUUID().toString();
        Path video = ROOT.resolve("engine-root/uploads/" + id + ".mp4");
        Files.createDirectories(video.getParent());
        Files.write(video, sampleVideo(Duration.ofSeconds(30)));
        TestAccounts.execute("INSERT INTO analysis_runs (id, match_id, team_id, user_id, input_video_name,"
                + " input_video_path, status, progress, owner_instance, heartbeat_at, started_at)"
                + " VALUES (?, ?, ?, ?, 'crashed.mp4', ?, 'PROCESSING', 0.4, 'killed-instance-1',"
                + " NOW(6) - INTERVAL 10 MINUTE, NOW(6) - INTERVAL 11 MINUTE)",
                id, UUID.randomUUID().toString(), club.teamId(), club.ownerId(), "uploads/" + id + ".mp4");

        HttpApi.Response detection = api.postJson("/api/analysis/stale-detection", "{}", token);

        assertThat(detection.status()).isEqualTo(200);
        assertThat(detection.json().get("marked").toString()).contains(id);
        JsonNode stale = status(id);
        assertThat(stale.get("status").asString()).isEqualTo("FAILED");
        assertThat(stale.get("message").asString()).startsWith("stale:");

        String retryId = api.postJson("/api/analysis/" + id + "/retry", "{}", token).json().get("analysis_id").asString();
        assertThat(awaitStatus(retryId, "COMPLETED").get("attempt").asInt()).isEqualTo(2);
    }

    @Test
    void keepsARunWhoseOwnerStillHeartbeats() {
        String id = UUID.randomUUID().toString();
        TestAccounts.execute("INSERT INTO analysis_runs (id, match_id, team_id, user_id, input_video_path, status,"
                + " owner_instance, heartbeat_at, started_at) VALUES (?, ?, ?, ?, 'uploads/none.mp4', 'PROCESSING',"
                + " 'live-instance', NOW(6), NOW(6))", id, UUID.randomUUID().toString(), club.teamId(), club.ownerId());

        api.postJson("/api/analysis/stale-detection", "{}", token);

        assertThat(status(id).get("status").asString()).isEqualTo("PROCESSING");
        TestAccounts.execute("DELETE FROM analysis_runs WHERE id = ?", id);
    }

    @Test
    void refusesATextFileNamedMp4With415AndStoresNothing() {
        int runsBefore = runCount();
        List<String> filesBefore = uploadsDir();

        MultipartUpload.Response refused = upload(token, Map.of(), "notes.mp4",
                "These are my match notes, not a video.\n".repeat(50).getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.json().get("trace_id")).isNotNull();
        assertThat(runCount()).isEqualTo(runsBefore);
        assertThat(uploadsDir()).isEqualTo(filesBefore);
    }

    @Test
    void refusesAnUploadOverTheLimitWith413AndStoresNothing() {
        int runsBefore = runCount();
        List<String> filesBefore = uploadsDir();
        byte[] big = MultipartUpload.bytes((int) MAX_UPLOAD + 512 * 1024, sampleVideo(Duration.ofSeconds(10)));

        MultipartUpload.Response refused = upload(token, Map.of(), "big.mp4", big);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(runCount()).isEqualTo(runsBefore);
        assertThat(uploadsDir()).isEqualTo(filesBefore);
    }

    @Test
    void refusesAMatchIdTheCallerCannotAccessWith404() {
        MultipartUpload.Response refused = upload(token, Map.of("match_id", UUID.randomUUID().toString()), "m.mp4",
                sampleVideo(Duration.ofSeconds(10)));

        assertThat(refused.status()).isEqualTo(404);
    }

    @Test
    void hidesAnotherClubsRunWith404() {
        ENGINE.behaviour(Behaviour.hangAt(0));
        String id = upload(token, Map.of(), "ours.mp4", sampleVideo(Duration.ofSeconds(20))).json()
                .get("analysis_id").asString();
        TestAccounts.Club other = TestAccounts.newClub();
        String otherToken = TestTokens.of(other.ownerEmail());

        assertThat(api.get("/api/analysis_status/" + id, otherToken).status()).isEqualTo(404);
        assertThat(api.get("/api/analysis/" + id + "/segments", otherToken).status()).isEqualTo(404);
        assertThat(api.postJson("/api/analysis/" + id + "/cancel", "{}", otherToken).status()).isEqualTo(404);
        assertThat(api.postJson("/api/analysis/" + id + "/retry", "{}", otherToken).status()).isEqualTo(404);
        assertThat(api.delete("/api/analysis_history/" + id, otherToken).status()).isEqualTo(404);
        assertThat(api.get("/api/analysis_history", otherToken).body()).doesNotContain(id);
        assertThat(api.get("/api/analysis_status/" + id, token).status()).isEqualTo(200);

        api.postJson("/api/analysis/" + id + "/cancel", "{}", token);
    }

    @Test
    void deletesARunAndWithPurgeItsFiles() {
        String id = upload(token, Map.of(), "gone.mp4", sampleVideo(Duration.ofSeconds(20))).json()
                .get("analysis_id").asString();
        awaitStatus(id, "COMPLETED");
        assertThat(ROOT.resolve("engine-root/" + id)).isDirectory();

        HttpApi.Response deleted = api.delete("/api/analysis_history/" + id + "?purge=true", token);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(api.get("/api/analysis_status/" + id, token).status()).isEqualTo(404);
        assertThat(ROOT.resolve("engine-root/" + id)).doesNotExist();
        assertThat(ROOT.resolve("engine-root/uploads/" + id + ".mp4")).doesNotExist();
    }

    private MultipartUpload.Response upload(String bearer, Map<String, String> fields, String name, byte[] file) {
        return MultipartUpload.post(port, "/api/analyze_match", bearer, fields, name, file);
    }

    private JsonNode status(String id) {
        return api.get("/api/analysis_status/" + id, token).json();
    }

    private JsonNode awaitStatus(String id, String wanted) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> status(id).get("status").asString(), s -> s.equals(wanted)
                        || (!s.equals("QUEUED") && !s.equals("PROCESSING") && !s.equals(wanted) && fail(id, s)));
        return status(id);
    }

    private boolean fail(String id, String status) {
        throw new AssertionError("Run " + id + " ended " + status + ": " + status(id));
    }

    private int runCount() {
        return jdbc.sql("SELECT COUNT(*) FROM analysis_runs").query(Integer.class).single();
    }

    private static List<String> uploadsDir() {
        Path dir = ROOT.resolve("engine-root/uploads");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("analysis-runs-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
