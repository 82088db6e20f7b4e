package com.footballcoach.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.footballcoach.platform.alerts.AlertIngest;
import com.footballcoach.platform.alerts.AlertReport;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.simulator.media.SampleVideos;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decisions with both apps of {@code ./coach up} running as two Spring contexts on one database:
 * the suppression a DISMISS arms is database state every instance applies, and a match analysed by
 * the engine simulator ends in a decision review.
 */
class DecisionsAcrossAppsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aDismissOnTheProductApiSuppressesTheNextAlertsIngestedByEitherInstance() {
        RunningPlatform platform = RunningPlatform.get();
        TestAccounts.Club club = TestAccounts.in(platform.database, TestAccounts::newClub);
        String match = TestAccounts.in(platform.database, () -> TestAccounts.newMatch(club));
        String token = platform.product.login(club.coachEmail(), TestAccounts.PASSWORD);
        AlertIngest onAnalysis = platform.platform.analysis().getBean(AlertIngest.class);
        AlertIngest onProduct = platform.platform.product().getBean(AlertIngest.class);

        onAnalysis.ingest(match, null, pressing("A-1", "01:00"));
        HttpApi.Response dismissed = platform.product.postJson("/api/decision/feedback",
                Map.of("decision_id", "A-1", "action", "DISMISS", "match_id", match), token);
        onProduct.ingest(match, null, pressing("A-2", "03:00"));
        onAnalysis.ingest(match, null, pressing("A-3", "05:00"));
        onAnalysis.ingest(match, null, pressing("A-4", "07:00"));

        assertThat(dismissed.status()).isEqualTo(200);
        JsonNode history = platform.product.get("/api/matches/" + match + "/alerts", token).json();
        List<String> shown = new ArrayList<>();
        history.forEach(a -> shown.add(a.get("alert_id").asString()));
        assertThat(shown).containsExactly("A-1", "A-4");
    }

    @Test
    void reviewsTheDecisionsOfAMatchAnalysedByTheEngineSimulator() throws Exception {
        RunningPlatform platform = RunningPlatform.get();
        TestAccounts.Club club = TestAccounts.in(platform.database, TestAccounts::newClub);
        String coach = platform.product.login(club.coachEmail(), TestAccounts.PASSWORD);
        String analyst = platform.product.login(club.analystEmail(), TestAccounts.PASSWORD);
        JsonNode accepted = upload(platform.platform.analysis(), coach, sampleVideo(Duration.ofMinutes(10)));
        String run = accepted.get("analysis_id").asString();
        String match = accepted.get("match_id").asString();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> platform.analysis.get("/api/analysis_status/" + run, coach).json()
                        .get("status").asString(), s -> s.equals("COMPLETED") || s.equals("FAILED"));

        JsonNode alerts = platform.product.get("/api/matches/" + match + "/alerts", coach).json();
        assertThat(alerts.size()).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < Math.min(4, alerts.size()); i++) {
            String token = i % 2 == 0 ? coach : analyst;
            HttpApi.Response decided = platform.product.postJson("/api/decision/feedback",
                    Map.of("decision_id", alerts.get(i).get("decision_id").asString(),
                            "action", i == 1 ? "DISMISS" : "ACCEPT", "match_id", ""), token);
            assertThat(decided.status()).isEqualTo(200);
        }
        JsonNode review = platform.product.get("/api/matches/" + match + "/decision_review", coach).json();
        Path out = Path.of("target", "simulated-match-decision-review.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(review));

        JsonNode summary = review.get("summary");
        assertThat(summary.get("accepted").asInt() + summary.get("dismissed").asInt()).isEqualTo(
                Math.min(4, alerts.size()));
        assertThat(summary.get("pending").asInt()).as("the run has ended: every decision with later data is measured")
                .isZero();
        JsonNode metrics = platform.product.get("/api/decision/metrics?match_id=" + match, coach).json();
        assertThat(metrics.get("summary").get("total_feedbacks").asInt()).isEqualTo(Math.min(4, alerts.size()));
    }

    private static AlertReport pressing(String id, String at) {
        return new AlertReport(id, at, 0.7, "HIGH", "PRESSING", "PRESSING_ADJUSTMENT", "ACTIVE", "Press higher", 30, 1,
                null);
    }

    private static byte[] sampleVideo(Duration duration) throws IOException {
        Path file = Files.createTempFile("sample", ".mp4");
        SampleVideos.writeMp4(file, duration);
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    /** {@code POST /api/analyze_match} with only the {@code file} part, as the app sends it. */
    private static JsonNode upload(ConfigurableApplicationContext analysis, String token, byte[] video) {
        int port = Integer.parseInt(analysis.getEnvironment().getProperty("local.server.port"));
        String boundary = "----coach" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"match.mp4\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + video.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(video, 0, body, head.length, video.length);
        System.arraycopy(tail, 0, body, head.length + video.length, tail.length);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/analyze_match"))
                .timeout(Duration.ofMinutes(1)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
