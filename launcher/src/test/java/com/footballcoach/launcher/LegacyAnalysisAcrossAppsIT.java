package com.footballcoach.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.simulator.media.SampleVideos;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's legacy Analysis tab against {@code ./coach up}: a job submitted and polled through the
 * :8000 routes alone, driven by the analysis API's worker and the engine simulator, ends
 * COMPLETED with its outputs — by upload as the app sends it, and by {@code video_path}.
 */
class LegacyAnalysisAcrossAppsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> OUTPUT_KEYS = List.of("tracking_video_path", "tracking_json_path",
            "heatmap_video_path", "backline_video_path", "animation_video_path", "possession_analysis_path",
            "tactical_advisory_path", "heatmap_image_path", "all_players_grid_image_path", "movement_trail_image_path",
            "possession_chart_image_path");

    @Test
    void aJobUploadedAndPolledOnTheProductApiEndsCompletedWithItsOutputs() {
        RunningPlatform platform = RunningPlatform.get();
        TestAccounts.Club club = TestAccounts.in(platform.database, TestAccounts::newClub);
        String match = TestAccounts.in(platform.database, () -> TestAccounts.newMatch(club));
        String token = platform.product.login(club.coachEmail(), TestAccounts.PASSWORD);

        HttpResponse<String> accepted = analyze(platform, match, token, sampleVideo(Duration.ofSeconds(40)), null);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String job = json(accepted.body()).get("job_id").asString();
        JsonNode status = awaitEnd(platform.product, job, token);
        assertCompletedWithOutputs(platform, status, job, match, token);
        assertThat(platform.product.get("/api/matches/" + match + "/analysis", token).json().get("job_id").asString())
                .isEqualTo(job);
    }

    @Test
    void aJobOnAVideoAlreadyUnderTheOutputRootEndsCompletedWithItsOutputs() throws IOException {
        RunningPlatform platform = RunningPlatform.get();
        TestAccounts.Club club = TestAccounts.in(platform.database, TestAccounts::newClub);
        String match = TestAccounts.in(platform.database, () -> TestAccounts.newMatch(club));
        String token = platform.product.login(club.coachEmail(), TestAccounts.PASSWORD);
        String relative = "samples/" + UUID.randomUUID() + ".mp4";
        Path sample = Path.of(System.getProperty("ANALYSIS_OUTPUT_ROOT")).resolve(relative);
        Files.createDirectories(sample.getParent());
        Files.write(sample, sampleVideo(Duration.ofSeconds(30)));

        HttpResponse<String> accepted = analyze(platform, match, token, null, relative);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String job = json(accepted.body()).get("job_id").asString();
        JsonNode status = awaitEnd(platform.product, job, token);
        assertCompletedWithOutputs(platform, status, job, match, token);
        assertThat(sample).as("the named video is the run's input, never moved or deleted").isRegularFile();
        JsonNode files = platform.analysis.get("/api/analysis/" + job + "/files", token).json().get("files");
        assertThat(files.get(0).get("kind").asString()).isEqualTo("input_video");
        assertThat(files.get(0).get("path").asString()).isEqualTo(relative);
    }

    private static JsonNode awaitEnd(HttpApi product, String job, String token) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).until(() -> {
            HttpApi.Response response = product.get("/api/analysis/" + job + "/status", token);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            last[0] = response.json();
            String status = last[0].get("status").asString();
            return status.equals("COMPLETED") || status.equals("FAILED");
        });
        return last[0];
    }

    private static void assertCompletedWithOutputs(RunningPlatform platform, JsonNode status, String job, String match,
            String token) {
        assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("COMPLETED");
        assertThat(status.get("job_id").asString()).isEqualTo(job);
        assertThat(status.get("match_id").asString()).isEqualTo(match);
        assertThat(status.get("progress").isNumber()).isTrue();
        assertThat(status.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(status.get("message").isString()).isTrue();
        JsonNode outputs = status.get("outputs");
        assertThat(outputs.isObject()).isTrue();
        for (String key : OUTPUT_KEYS) {
            assertThat(outputs.get(key)).as(key + " in " + outputs).isNotNull();
            assertThat(outputs.get(key).asString()).startsWith(job + "/");
        }
        assertThat(outputs.get("total_frames").isInt()).isTrue();
        assertThat(outputs.get("fps").isNumber()).isTrue();
        HttpApi.Response image = platform.analysis.get("/api/analysis/files?path="
                + outputs.get("heatmap_image_path").asString(), token);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type")).isEqualTo("image/png");
    }

    private static byte[] sampleVideo(Duration duration) {
        try {
            Path file = Files.createTempFile("legacy", ".mp4");
            SampleVideos.writeMp4(file, duration);
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code POST /api/matches/{id}/analyze} as the app's legacy widget sends it, or with a video_path. */
    private static HttpResponse<String> analyze(RunningPlatform platform, String match, String token, byte[] video,
            String videoPath) {
        String boundary = "----legacy" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(field(boundary, "frame_limit", "330"));
        body.writeBytes(field(boundary, "skip_json", "false"));
        if (videoPath != null) {
            body.writeBytes(field(boundary, "video_path", videoPath));
        }
        if (video != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"match.mp4\""
                    + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(video);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.productPort()
                        + "/api/matches/" + match + "/analyze"))
                .timeout(Duration.ofMinutes(1)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] field(String boundary, String name, String value) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
