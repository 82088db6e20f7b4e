package com.footballcoach.product.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.product.ProductApiTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The match-scoped analysis routes of :8000 on the shared run service. No analysis worker runs in
 * this JVM, so a submitted run stays QUEUED until the analysis API claims it.
 */
@ProductApiTest
class LegacyAnalysisIT {

    static final Path ROOT = tempDir();

    @DynamicPropertySource
    static void outputRoot(DynamicPropertyRegistry registry) {
        registry.add("coach.analysis.output-root", ROOT::toString);
    }

    @LocalServerPort
    int port;

    HttpApi api;
    TestAccounts.Club club;
    String token;
    String matchId;

    @BeforeEach
    void fixture() {
        api = new HttpApi(port);
        club = TestAccounts.newClub();
        token = api.login(club.ownerEmail(), TestAccounts.PASSWORD);
        String opponent = UUID.randomUUID().toString();
        TestAccounts.execute("INSERT INTO teams (id, name, user_id) VALUES (?, ?, ?)", opponent,
                "Opponent " + opponent.substring(0, 8), club.ownerId());
        matchId = UUID.randomUUID().toString();
        TestAccounts.execute("INSERT INTO matches (id, home_team_id, away_team_id, date_time) VALUES (?, ?, ?, NOW())",
                matchId, club.teamId(), opponent);
    }

    @Test
    void answersNoAnalysisForAMatchWithoutRuns() {
        HttpApi.Response analysis = api.get("/api/matches/" + matchId + "/analysis", token);

        assertThat(analysis.status()).isEqualTo(200);
        assertThat(analysis.body()).isEqualTo("{\"status\":\"NO_ANALYSIS\"}");
    }

    @Test
    void queuesAMatchVideoAsARunOfTheSharedServiceAndReportsItQueued() {
        JsonNode accepted = upload("/api/matches/" + matchId + "/analyze", mp4Head(), 202);
        String jobId = accepted.get("job_id").asString();

        JsonNode status = api.get("/api/analysis/" + jobId + "/status", token).json();
        assertThat(status.get("status").asString()).isEqualTo("QUEUED");
        assertThat(status.get("progress").isNumber()).isTrue();
        assertThat(status.get("progress").asDouble()).isZero();

        JsonNode analysis = api.get("/api/matches/" + matchId + "/analysis", token).json();
        assertThat(analysis.get("status").asString()).isEqualTo("QUEUED");
        assertThat(analysis.get("outputs").isObject()).isTrue();
        assertThat(ROOT.resolve("uploads/" + jobId + ".mp4")).exists();
    }

    @Test
    void refusesAFakeVideoWith415() {
        upload("/api/matches/" + matchId + "/analyze", "not a video at all".repeat(10).getBytes(StandardCharsets.UTF_8),
                415);
    }

    @Test
    void hidesAnotherClubsMatchAndJobWith404() {
        String jobId = upload("/api/matches/" + matchId + "/analyze", mp4Head(), 202).get("job_id").asString();
        TestAccounts.Club other = TestAccounts.newClub();
        String otherToken = api.login(other.ownerEmail(), TestAccounts.PASSWORD);

        assertThat(api.get("/api/analysis/" + jobId + "/status", otherToken).status()).isEqualTo(404);
        assertThat(api.get("/api/matches/" + matchId + "/analysis", otherToken).status()).isEqualTo(404);
    }

    private JsonNode upload(String path, byte[] file, int expectedStatus) {
        String boundary = "----legacy" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"frame_limit\"\r\n\r\n330\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"skip_json\"\r\n\r\nfalse\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"match.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
            return JsonMapper.builder().build().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first bytes of an MP4 (ftyp box) and some payload: enough for the container sniffing. */
    private static byte[] mp4Head() {
        byte[] bytes = new byte[4096];
        byte[] ftyp = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p',
                '4', '1'};
        System.arraycopy(ftyp, 0, bytes, 0, ftyp.length);
        return bytes;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("legacy-analysis-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
