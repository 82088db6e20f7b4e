package com.footballcoach.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.footballcoach.contract.analysis.AnalysisRequest;
import com.footballcoach.contract.analysis.AnalysisResponse;
import com.footballcoach.contract.analysis.AnalysisResult;
import com.footballcoach.contract.analysis.AnalysisServiceGrpc;
import com.footballcoach.contract.analysis.TacticalAlert;
import com.footballcoach.simulator.media.DecodedVideo;
import com.footballcoach.simulator.media.SampleVideos;
import com.footballcoach.simulator.media.VideoDuration;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator end to end, over a real socket on 127.0.0.1. */
class EngineSimulatorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path outputRoot;

    @TempDir
    Path uploads;

    private EngineSimulator engine;
    private ManagedChannel channel;
    private Path video47s;

    @BeforeEach
    void startEngine() {
        engine = EngineSimulator.start(SimulatorSettings.fullSpeed(outputRoot));
        channel = Grpc.newChannelBuilderForAddress("127.0.0.1", engine.port(), InsecureChannelCredentials.create())
                .build();
        video47s = SampleVideos.writeMp4(uploads.resolve("match.mp4"), Duration.ofSeconds(47));
    }

    @AfterEach
    void stopEngine() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        engine.close();
    }

    @Test
    void streamsQueuedProgressSegmentsAlertsAndResultForA47SecondVideo() throws IOException {
        EngineCall call = EngineCall.start(channel, request("run-47", video47s));

        assertThat(call.awaitEnd().isOk()).isTrue();
        List<AnalysisResponse> packets = call.packets();
        assertThat(packets).allSatisfy(p -> assertThat(p.getMatchId()).isEqualTo("run-47"));
        assertThat(packets.get(0).getStatus()).isEqualTo("QUEUED");
        assertThat(call.packets("PROCESSING")).isNotEmpty()
                .anySatisfy(p -> assertThat(p.getMessage()).matches("Tracking players \\d+%"));
        assertThat(packets).extracting(AnalysisResponse::getProgress)
                .allSatisfy(progress -> assertThat(progress).isBetween(0f, 1f))
                .isSorted();

        List<JsonNode> segments = new ArrayList<>();
        for (AnalysisResponse packet : call.packets("SEGMENT_DONE")) {
            assertThat(packet.getMessage()).doesNotContain("\n");
            segments.add(JSON.readTree(packet.getMessage()));
        }
        assertThat(segments).extracting(s -> s.get("segment_index").intValue()).containsExactly(0, 1, 2, 3);
        assertThat(segments).extracting(s -> s.get("end_sec").doubleValue()).containsExactly(15.0, 30.0, 45.0, 47.0);
        assertThat(segments).allSatisfy(EngineSimulatorTest::assertSegmentShape);

        List<AnalysisResponse> alerts = call.packets("ALERT");
        assertThat(alerts).isNotEmpty().allSatisfy(packet -> {
            TacticalAlert alert = packet.getAlert();
            assertThat(List.of(alert.getAlertId(), alert.getTimestamp(), alert.getSeverityLabel(), alert.getCategory(),
                    alert.getDecisionType(), alert.getStatus(), alert.getAction())).allSatisfy(s -> assertThat(s).isNotBlank());
            assertThat(alert.getTimestamp()).matches("\\d{2}:\\d{2}(-\\d{2}:\\d{2})?");
            assertThat(alert.getSeverityScore()).isBetween(0.6f, 1f);
            assertThat(alert.getStatus()).isEqualTo("ACTIVE");
            assertThat(alert.getCategoryTriggerCount()).isPositive();
            JsonNode extras = JSON.readTree(packet.getMessage());
            assertThat(extras.get("decision_id").stringValue()).isNotBlank();
            assertThat(extras.get("match_time").isNumber()).isTrue();
            assertThat(extras.get("trigger_metric").stringValue()).isNotBlank();
            assertThat(extras.get("recommended_action").stringValue()).isNotBlank();
        });
        assertThat(alerts).extracting(p -> p.getAlert().getAlertId()).doesNotHaveDuplicates();

        AnalysisResponse last = packets.get(packets.size() - 1);
        assertThat(last.getStatus()).isEqualTo("COMPLETED");
        assertThat(last.getProgress()).isEqualTo(1f);
        AnalysisResult result = last.getResult();
        assertThat(result.getMatchId()).isEqualTo("run-47");
        assertThat(result.getTotalFrames()).isEqualTo(47 * 25);
        assertThat(result.getPlayersTracked()).isEqualTo(22);
        assertThat(result.getFps()).isEqualTo(25.0);
        assertThat(result.getProcessingTimeSeconds()).isPositive();
        assertThat(result.getErrorMessage()).isEmpty();
        assertThat(List.of(result.getTrackingVideoPath(), result.getTrackingJsonPath(),
                result.getPossessionAnalysisPath(), result.getTacticalAdvisoryPath())).allSatisfy(relative -> {
                    assertThat(Path.of(relative)).isRelative();
                    assertThat(outputRoot.resolve(relative)).isRegularFile();
                });
        assertThat(outputRoot.resolve(result.getTrackingVideoPath())).hasSameBinaryContentAs(video47s);
        assertThat(outputRoot.resolve("run-47")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void writesTrackingDataAndAdvisoryInTheShapesTheAppReads() {
        EngineCall call = EngineCall.start(channel, request("run-files", video47s).toBuilder()
                .setConfidenceThreshold(0.65f).setTargetTeam("A").build());
        call.awaitEnd();
        AnalysisResult result = call.packets("COMPLETED").get(0).getResult();

        JsonNode tracking = JSON.readTree(outputRoot.resolve(result.getTrackingJsonPath()).toFile());
        assertThat(tracking.get("metadata").get("confidence_threshold").doubleValue()).isCloseTo(0.65, within());
        assertThat(tracking.get("metadata").get("target_team").stringValue()).isEqualTo("A");
        assertThat(tracking.get("frames")).hasSize(47);
        JsonNode frame = tracking.get("frames").get(10);
        assertThat(frame.get("players")).hasSize(22);
        assertThat(frame.get("players").get(0).get("id").isIntegralNumber()).isTrue();
        assertThat(frame.get("players").get(21).get("team").stringValue()).isEqualTo("B");
        assertThat(frame.get("ball").get("x").isNumber()).isTrue();

        JsonNode advisory = JSON.readTree(outputRoot.resolve(result.getTacticalAdvisoryPath()).toFile());
        JsonNode advisories = advisory.get("advisories");
        assertThat(advisories).hasSize(4);
        JsonNode output = advisories.get(advisories.size() - 1).get("advisor_output");
        assertThat(output.get("confidence").isNumber()).isTrue();
        assertThat(output.get("confidence_level").isNumber()).isTrue();
        assertThat(output.get("analysis").stringValue()).isNotBlank();
        assertThat(output.get("recommendation").stringValue()).isNotBlank();
        assertThat(output.get("expected_impact").stringValue()).isNotBlank();
        assertThat(advisory.get("decision_metrics").get("detected_issues")).hasSize(call.packets("ALERT").size());

        JsonNode possession = JSON.readTree(outputRoot.resolve(result.getPossessionAnalysisPath()).toFile());
        assertThat(possession.get("team_a_pct").doubleValue() + possession.get("team_b_pct").doubleValue())
                .isCloseTo(100.0, within());
    }

    @Test
    void tellsTheSameStoryForTheSameRunIdAndVideo() {
        EngineCall first = EngineCall.start(channel, request("run-same", video47s));
        first.awaitEnd();
        EngineCall second = EngineCall.start(channel, request("run-same", video47s));
        second.awaitEnd();
        EngineCall other = EngineCall.start(channel, request("run-other", video47s));
        other.awaitEnd();

        assertThat(messages(second, "SEGMENT_DONE")).isEqualTo(messages(first, "SEGMENT_DONE"));
        assertThat(second.packets("ALERT")).extracting(AnalysisResponse::getAlert)
                .isEqualTo(first.packets("ALERT").stream().map(AnalysisResponse::getAlert).toList());
        assertThat(messages(other, "SEGMENT_DONE")).isNotEqualTo(messages(first, "SEGMENT_DONE"));
    }

    @Test
    void sendsAFailedPacketWithTheReasonWhenToldToFailAtASegment() {
        engine.behaviour(Behaviour.failAt(2));

        EngineCall call = EngineCall.start(channel, request("run-fail", video47s));

        assertThat(call.awaitEnd().isOk()).isTrue();
        assertThat(call.packets("SEGMENT_DONE")).hasSize(2);
        AnalysisResponse last = call.packets().get(call.packets().size() - 1);
        assertThat(last.getStatus()).isEqualTo("FAILED");
        assertThat(last.getMessage()).contains("segment 2");
        assertThat(last.getResult().getErrorMessage()).isEqualTo(last.getMessage());
        assertThat(call.packets("COMPLETED")).isEmpty();
    }

    @Test
    void completesTheStreamWithoutATerminalPacketWhenToldToDropAtASegment() {
        engine.behaviour(Behaviour.dropAt(1));

        EngineCall call = EngineCall.start(channel, request("run-drop", video47s));

        assertThat(call.awaitEnd().isOk()).isTrue();
        assertThat(call.packets("SEGMENT_DONE")).hasSize(1);
        assertThat(call.statuses()).doesNotContain("COMPLETED", "DONE", "FAILED", "ERROR");
    }

    @Test
    void stopsAHangingAnalysisWhenTheClientCancels() {
        engine.behaviour(Behaviour.hangAt(1));
        EngineCall call = EngineCall.start(channel, request("run-hang", video47s));
        await().atMost(Duration.ofSeconds(5)).until(() -> call.packets("SEGMENT_DONE").size() == 1);
        assertThat(engine.activeAnalyses()).isEqualTo(1);

        call.cancel();

        assertThat(call.awaitEnd().getCode()).isEqualTo(Status.Code.CANCELLED);
        await().atMost(Duration.ofSeconds(2)).until(() -> engine.activeAnalyses() == 0);
        assertThat(outputRoot.resolve("run-hang")).doesNotExist();
    }

    @Test
    void stopsWithinOnePacketDelayWhenTheClientCancels() {
        try (EngineSimulator slow = EngineSimulator.start(new SimulatorSettings(0, outputRoot, Duration.ofSeconds(30),
                15, Behaviour.normal()))) {
            ManagedChannel slowChannel = Grpc.newChannelBuilderForAddress("127.0.0.1", slow.port(),
                    InsecureChannelCredentials.create()).build();
            try {
                EngineCall call = EngineCall.start(slowChannel, request("run-slow", video47s));
                await().atMost(Duration.ofSeconds(5)).until(() -> call.statuses().contains("QUEUED"));

                call.cancel();

                await().atMost(Duration.ofSeconds(2)).until(() -> slow.activeAnalyses() == 0);
                assertThat(call.statuses()).containsExactly("QUEUED");
            } finally {
                slowChannel.shutdownNow();
            }
        }
    }

    @Test
    void endsAHangingCallWithUnavailableWhenTheSimulatorCloses() {
        engine.behaviour(Behaviour.hangAt(0));
        EngineCall call = EngineCall.start(channel, request("run-closing", video47s));
        await().atMost(Duration.ofSeconds(5)).until(() -> engine.activeAnalyses() == 1
                && call.statuses().contains("PROCESSING"));

        engine.close();

        assertThat(call.awaitEnd().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(engine.activeAnalyses()).isZero();
    }

    @Test
    void rejectsCallsWithUnavailableWhileTheEngineIsDown() {
        engine.behaviour(Behaviour.unavailableEngine());

        assertThatThrownBy(() -> AnalysisServiceGrpc.newBlockingStub(channel)
                .analyzeVideo(request("run-down", video47s)).hasNext())
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));

        engine.behaviour(Behaviour.normal());
        EngineCall call = EngineCall.start(channel, request("run-up", video47s));
        assertThat(call.awaitEnd().isOk()).isTrue();
        assertThat(call.statuses()).contains("COMPLETED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../escape", "run id", "run/1", "run_1",
        "a123456789b123456789c123456789d123456789e123456789f123456789g1234"})
    void rejectsAnUnsafeRunIdWithInvalidArgument(String runId) {
        EngineCall call = EngineCall.start(channel, request(runId, video47s));

        assertThat(call.awaitEnd().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(call.packets()).isEmpty();
    }

    @Test
    void reportsAMissingVideoInAFailedPacket() {
        EngineCall call = EngineCall.start(channel, request("run-missing", uploads.resolve("nowhere.mp4")));

        assertThat(call.awaitEnd().isOk()).isTrue();
        assertThat(call.statuses()).containsExactly("QUEUED", "FAILED");
        AnalysisResponse failed = call.packets("FAILED").get(0);
        assertThat(failed.getMessage()).contains("nowhere.mp4");
        assertThat(failed.getResult().getErrorMessage()).contains("not found");
    }

    @Test
    void resolvesAVideoPathRelativeToTheOutputRoot() {
        SampleVideos.writeMp4(outputRoot.resolve("uploads/relative.mp4"), Duration.ofSeconds(20));

        EngineCall call = EngineCall.start(channel, AnalysisRequest.newBuilder()
                .setMatchId("run-relative").setVideoPath("uploads/relative.mp4").build());

        call.awaitEnd();
        assertThat(call.packets("SEGMENT_DONE")).hasSize(2);
        assertThat(call.packets("COMPLETED").get(0).getResult().getTotalFrames()).isEqualTo(500);
    }

    @Test
    void shortensTheAnalysisToTheFrameLimitAndSkipsTheTrackingJsonWhenAsked() {
        EngineCall call = EngineCall.start(channel, request("run-limit", video47s).toBuilder()
                .setFrameLimit(330).setSkipJson(true).build());

        call.awaitEnd();
        assertThat(call.packets("SEGMENT_DONE")).hasSize(1);
        AnalysisResult result = call.packets("COMPLETED").get(0).getResult();
        assertThat(result.getTotalFrames()).isEqualTo(330);
        assertThat(result.getTrackingJsonPath()).isEmpty();
        assertThat(outputRoot.resolve("run-limit/tracking_data.json")).doesNotExist();
        assertThat(outputRoot.resolve(result.getTrackingVideoPath())).isRegularFile();
    }

    @Test
    void assumesNinetySecondsWhenTheContainerHasNoReadableDuration() throws IOException {
        Path webm = Files.write(uploads.resolve("clip.webm"), new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});

        EngineCall call = EngineCall.start(channel, request("run-webm", webm));

        call.awaitEnd();
        assertThat(call.packets("PROCESSING")).anySatisfy(p -> assertThat(p.getMessage()).contains("assuming 90 s"));
        assertThat(call.packets("SEGMENT_DONE")).hasSize(6);
        assertThat(call.packets("COMPLETED").get(0).getResult().getTotalFrames()).isEqualTo(90 * 25);
    }

    private static void assertSegmentShape(JsonNode segment) {
        assertThat(segment.get("segment_index").isInt()).isTrue();
        assertThat(segment.get("start_sec").isNumber()).isTrue();
        assertThat(segment.get("video_start_sec").isNumber()).isTrue();
        assertThat(segment.get("status").stringValue()).isEqualTo("SEGMENT_DONE");
        assertThat(segment.get("severity_score").doubleValue()).isBetween(0.0, 1.0);
        assertThat(segment.get("severity_label").stringValue()).isIn("LOW", "MEDIUM", "HIGH", "CRITICAL");
        assertThat(segment.get("recommendation").stringValue()).isNotBlank();
        JsonNode analysis = segment.get("analysis");
        assertThat(analysis.isObject()).isTrue();
        for (String metric : List.of("possession_team_a_pct", "possession_team_b_pct", "backline_gaps_team_a",
                "backline_gaps_team_b", "zone_entropy", "pressing_intensity", "compactness_m")) {
            assertThat(analysis.get(metric)).as(metric).isNotNull();
            assertThat(analysis.get(metric).isNumber()).as(metric).isTrue();
        }
        assertThat(analysis.get("possession_team_a_pct").doubleValue()
                + analysis.get("possession_team_b_pct").doubleValue()).isCloseTo(100.0, within());
        for (String team : List.of("team_a", "team_b")) {
            assertThat(analysis.get(team).get("severity_label").stringValue()).isNotBlank();
            assertThat(analysis.get(team).get("severity_score").isNumber()).isTrue();
        }
        assertThat(analysis.get("tactical_narrative").stringValue()).isNotBlank();
        assertThat(analysis.get("team_a_tags").isArray()).isTrue();
        assertThat(analysis.get("team_b_tags").isArray()).isTrue();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.01);
    }

    private static List<String> messages(EngineCall call, String status) {
        return call.packets(status).stream().map(AnalysisResponse::getMessage).toList();
    }

    @Test
    void writesTheHeatmapBacklineAndAnimationVideosAndFourPicturesOfTheRun() throws Exception {
        EngineCall call = EngineCall.start(channel, request("run-pictures", video47s));

        assertThat(call.awaitEnd().isOk()).isTrue();
        AnalysisResult result = call.packets("COMPLETED").get(0).getResult();
        assertThat(List.of(result.getHeatmapVideoPath(), result.getBacklineVideoPath(), result.getAnimationVideoPath()))
                .containsExactly("run-pictures/heatmap.mp4", "run-pictures/backline.mp4", "run-pictures/animation.mp4")
                .allSatisfy(relative -> {
                    byte[] bytes = Files.readAllBytes(outputRoot.resolve(relative));
                    assertThat(new String(bytes, 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("ftyp");
                    assertThat(bytes.length).as("a small video").isLessThan(300_000);
                    // a time-lapse of the 47 s: 20 frames at 5 fps
                    assertThat(VideoDuration.read(outputRoot.resolve(relative))).contains(Duration.ofSeconds(4));
                    DecodedVideo video = DecodedVideo.read(outputRoot.resolve(relative));
                    assertThat(video.frames()).as(relative).hasSize(20).allSatisfy(frame -> {
                        assertThat(frame.getWidth()).isEqualTo(336);
                        assertThat(frame.getHeight()).isEqualTo(240);
                        assertThat(DecodedVideo.pixelsNear(frame, 0x2E7D32, 40)).as("%s shows a pitch", relative)
                                .isGreaterThan(336 * 240 / 3);
                    });
                    assertThat(DecodedVideo.pixelsDiffering(video.frames().get(0), video.frames().get(19), 40))
                            .as("%s changes over the match", relative).isGreaterThan(200);
                });
        Path folder = outputRoot.resolve("run-pictures");
        BufferedImage heatmap = ImageIO.read(folder.resolve("heatmap.png").toFile());
        BufferedImage grid = ImageIO.read(folder.resolve("all_players_grid.png").toFile());
        BufferedImage trail = ImageIO.read(folder.resolve("movement_trail.png").toFile());
        BufferedImage possession = ImageIO.read(folder.resolve("possession_analysis.png").toFile());
        assertThat(List.of(heatmap, grid, trail, possession)).allSatisfy(image -> {
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isGreaterThan(300);
            assertThat(image.getHeight()).isGreaterThan(200);
        });
        assertThat(colours(heatmap)).as("a heat map has more than grass and lines").isGreaterThan(20);
        assertThat(colours(grid)).isGreaterThan(20);
        assertThat(hasPixel(trail, 0x1E88E5)).as("team A's trails").isTrue();
        assertThat(hasPixel(trail, 0xE53935)).as("team B's trails").isTrue();
        assertThat(hasPixel(possession, 0x1E88E5)).as("team A's possession bars").isTrue();
        assertThat(hasPixel(possession, 0xE53935)).as("team B's possession bars").isTrue();
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    private static int colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    private static boolean hasPixel(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    private static AnalysisRequest request(String runId, Path video) {
        return AnalysisRequest.newBuilder().setMatchId(runId).setVideoPath(video.toString()).build();
    }
}
