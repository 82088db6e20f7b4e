package com.footballcoach.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.simulator.media.SampleVideos;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exports of a fixture analysed by the engine simulator through the analysis API, read from the
 * product API: segments and alerts as the run worker stored them, decisions taken, the video anchor set.
 */
class ExportsAcrossAppsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void exportsAFixtureAnalysedByTheEngineSimulator() throws Exception {
        RunningPlatform platform = RunningPlatform.get();
        TestAccounts.Club club = TestAccounts.in(platform.database, TestAccounts::newClub);
        String match = TestAccounts.in(platform.database, () -> TestAccounts.newMatch(club));
        String coach = platform.product.login(club.coachEmail(), TestAccounts.PASSWORD);
        JsonNode accepted = upload(platform.platform.analysis().getEnvironment().getProperty("local.server.port"),
                coach, match);
        String run = accepted.get("analysis_id").asString();
        assertThat(accepted.get("match_id").asString()).isEqualTo(match);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> platform.analysis.get("/api/analysis_status/" + run, coach).json()
                        .get("status").asString(), s -> s.equals("COMPLETED") || s.equals("FAILED"));
        JsonNode alerts = platform.product.get("/api/matches/" + match + "/alerts", coach).json();
        int segments = platform.analysis.get("/api/matches/" + match + "/segments", coach).json().get("count").asInt();
        assertThat(alerts.size()).isGreaterThanOrEqualTo(2);
        assertThat(segments).isPositive();
        for (int i = 0; i < 2; i++) {
            assertThat(platform.product.postJson("/api/decision/feedback", Map.of("decision_id",
                    alerts.get(i).get("decision_id").asString(), "action", i == 0 ? "ACCEPT" : "DISMISS",
                    "match_id", match), coach).status()).isEqualTo(200);
        }
        platform.product.postJson("/api/matches/" + match + "/video-anchor?force=false",
                Map.of("video_anchor_seconds", 30), coach);
        int port = platform.productPort();
        Path out = Files.createDirectories(Path.of("target", "exports"));

        byte[] xml = download(port, "/api/matches/" + match + "/timeline.xml", coach);
        Files.write(out.resolve("simulated-match-timeline.xml"), xml);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(new ClassPathResource("exports/sportscode-timeline.xsd").getInputStream()))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        String text = new String(xml, StandardCharsets.UTF_8);
        int stored = platform.product.get("/api/matches/" + match + "/decision_review", coach).json().get("alerts")
                .size();
        assertThat(count(text, "<text>Alert</text>")).as("every alert, suppressed ones too").isEqualTo(stored);
        assertThat(count(text, "<text>Segment</text>")).isEqualTo(segments);
        assertThat(text).contains("<text>accepted</text>", "<text>dismissed</text>");
        assertThat(text.substring(text.indexOf("<UNTIMED_INSTANCES>"), text.indexOf("</UNTIMED_INSTANCES>")))
                .as("with the anchor set, every engine instance has a video time").doesNotContain("<instance>");

        byte[] pdf = download(port, "/api/matches/" + match + "/report.pdf", coach);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String report = new PDFTextStripper().getText(document);
            assertThat(report).contains("Severity over the match", "Decision review", "1 accepted, 1 dismissed");
            alerts.forEach(a -> assertThat(report).contains(a.get("category").asString()));
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png",
                    out.resolve("simulated-match-report-page1.png").toFile());
        }
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    private static byte[] download(int port, String path, String token) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** {@code POST /api/analyze_match} with the fixture's {@code match_id} and a 10-minute sample video. */
    private static JsonNode upload(String analysisPort, String token, String match) throws Exception {
        Path file = Files.createTempFile("sample", ".mp4");
        SampleVideos.writeMp4(file, Duration.ofMinutes(10));
        byte[] video = Files.readAllBytes(file);
        Files.delete(file);
        String boundary = "----coach" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"match_id\"\r\n\r\n" + match + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"match.mp4\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(video);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + analysisPort + "/api/analyze_match")).timeout(Duration.ofMinutes(1))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body());
    }
}
