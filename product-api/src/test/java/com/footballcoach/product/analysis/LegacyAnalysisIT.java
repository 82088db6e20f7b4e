package com.footballcoach.product.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.product.ProductApiTest;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    @Autowired
    JdbcClient jdbc;

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
        assertThat(status.get("job_id").asString()).isEqualTo(jobId);
        assertThat(status.get("match_id").asString()).isEqualTo(matchId);
        assertThat(status.get("status").asString()).isEqualTo("QUEUED");
        assertThat(status.get("progress").isNumber()).isTrue();
        assertThat(status.get("progress").asDouble()).isZero();
        assertThat(status.get("message").isString()).as("the original answered \"\" without a message").isTrue();
        assertThat(status.get("outputs").isObject()).isTrue();
        assertThat(status.get("outputs").isEmpty()).isTrue();

        JsonNode analysis = api.get("/api/matches/" + matchId + "/analysis", token).json();
        assertThat(analysis.get("status").asString()).isEqualTo("QUEUED");
        assertThat(analysis.get("outputs").isObject()).isTrue();
        assertThat(ROOT.resolve("uploads/" + jobId + ".mp4")).exists();
    }

    @Test
    void queuesAVideoAlreadyUnderTheOutputRootNamedByVideoPath() throws IOException {
        String relative = "samples/" + UUID.randomUUID() + ".mp4";
        Files.createDirectories(ROOT.resolve("samples"));
        Files.write(ROOT.resolve(relative), mp4Head());

        JsonNode accepted = form(Map.of("video_path", relative, "frame_limit", "330"), null, 202);
        String jobId = accepted.get("job_id").asString();

        assertThat(jdbc.sql("SELECT input_video_path FROM analysis_runs WHERE id = :id").param("id", jobId)
                .query(String.class).single()).isEqualTo(relative);
        assertThat(jdbc.sql("SELECT frame_limit FROM analysis_runs WHERE id = :id").param("id", jobId)
                .query(Integer.class).single()).isEqualTo(330);
        JsonNode status = api.get("/api/analysis/" + jobId + "/status", token).json();
        assertThat(status.get("status").asString()).isEqualTo("QUEUED");
        assertThat(ROOT.resolve(relative)).as("the named video stays where it is").isRegularFile();
    }

    @Test
    void acceptsTheVideoPathAsAUrlEncodedFormToo() throws IOException {
        String relative = "samples/" + UUID.randomUUID() + ".mp4";
        Files.createDirectories(ROOT.resolve("samples"));
        Files.write(ROOT.resolve(relative), mp4Head());

        HttpApi.Response accepted = api.send("POST", "/api/matches/" + matchId + "/analyze",
                "video_path=" + relative.replace("/", "%2F") + "&frame_limit=330&skip_json=false",
                "application/x-www-form-urlencoded; charset=UTF-8", token);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(jdbc.sql("SELECT input_video_path FROM analysis_runs WHERE id = :id")
                .param("id", accepted.json().get("job_id").asString()).query(String.class).single()).isEqualTo(relative);
    }

    @Test
    void acceptsAnAbsoluteVideoPathInsideTheOutputRoot() throws IOException {
        Path video = ROOT.resolve("samples/" + UUID.randomUUID() + ".mp4");
        Files.createDirectories(video.getParent());
        Files.write(video, mp4Head());

        String jobId = form(Map.of("video_path", video.toRealPath().toString()), null, 202).get("job_id").asString();

        assertThat(jdbc.sql("SELECT input_video_path FROM analysis_runs WHERE id = :id").param("id", jobId)
                .query(String.class).single()).isEqualTo(ROOT.toRealPath().relativize(video.toRealPath()).toString());
    }

    @Test
    void refusesEveryVideoPathOutsideTheOutputRootOrNotAVideoWith400AndQueuesNothing() throws IOException {
        Path outside = Files.createTempDirectory("legacy-outside").resolve("match.mp4");
        Files.write(outside, mp4Head());
        Files.createDirectories(ROOT.resolve("samples"));
        Path escape = ROOT.resolve("samples/escape-" + UUID.randomUUID() + ".mp4");
        Files.createSymbolicLink(escape, outside);
        Path notes = ROOT.resolve("samples/notes-" + UUID.randomUUID() + ".mp4");
        Files.writeString(notes, "these are match notes, not a video ".repeat(10));
        String otherClubsUpload = otherClubsUpload();
        List<String> refused = List.of(
                "../" + outside.getParent().getFileName() + "/match.mp4",
                "samples/../../" + outside.getParent().getFileName() + "/match.mp4",
                outside.toString(),
                "/etc/passwd",
                ROOT.relativize(escape).toString(),
                "samples/missing-" + UUID.randomUUID() + ".mp4",
                ROOT.relativize(notes).toString(),
                "samples",
                otherClubsUpload,
                "samples/%2e%2e/match.mp4",
                "samples\\..\\match.mp4");
        Set<Path> uploadsBefore = uploads();

        for (String path : refused) {
            HttpApi.Response response = formResponse(Map.of("video_path", path), null);
            assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(400);
            assertThat(response.isProblem()).as(path).isTrue();
            assertThat(response.json().get("detail").asString()).as(path).isNotBlank();
        }

        assertThat(runsOfMatch()).as("no run row for any refused path").isZero();
        assertThat(uploads()).isEqualTo(uploadsBefore);
        assertThat(outside).isRegularFile();
    }

    @Test
    void refusesAFileTogetherWithAVideoPathAndNeitherWith400KeepingNothing() throws IOException {
        Files.createDirectories(ROOT.resolve("samples"));
        String relative = "samples/" + UUID.randomUUID() + ".mp4";
        Files.write(ROOT.resolve(relative), mp4Head());
        Set<Path> uploadsBefore = uploads();

        HttpApi.Response both = formResponse(Map.of("video_path", relative), mp4Head());
        HttpApi.Response neither = formResponse(Map.of("frame_limit", "330"), null);

        assertThat(both.status()).as(both.body()).isEqualTo(400);
        assertThat(neither.status()).as(neither.body()).isEqualTo(400);
        assertThat(neither.json().get("detail").asString()).isEqualTo("Provide either 'video_path' or upload a 'file'.");
        assertThat(runsOfMatch()).isZero();
        assertThat(uploads()).as("the file part of the refused request is not kept").isEqualTo(uploadsBefore);
        assertThat(ROOT.resolve(relative)).isRegularFile();
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

    private String otherClubsUpload() {
        TestAccounts.Club other = TestAccounts.newClub();
        String otherToken = api.login(other.ownerEmail(), TestAccounts.PASSWORD);
        String opponent = UUID.randomUUID().toString();
        TestAccounts.execute("INSERT INTO teams (id, name, user_id) VALUES (?, ?, ?)", opponent,
                "Opponent " + opponent.substring(0, 8), other.ownerId());
        String otherMatch = UUID.randomUUID().toString();
        TestAccounts.execute("INSERT INTO matches (id, home_team_id, away_team_id, date_time) VALUES (?, ?, ?, NOW())",
                otherMatch, other.teamId(), opponent);
        String saved = token;
        token = otherToken;
        try {
            String job = upload("/api/matches/" + otherMatch + "/analyze", mp4Head(), 202).get("job_id").asString();
            return "uploads/" + job + ".mp4";
        } finally {
            token = saved;
        }
    }

    private int runsOfMatch() {
        return jdbc.sql("SELECT COUNT(*) FROM analysis_runs WHERE match_id = :match").param("match", matchId)
                .query(Integer.class).single();
    }

    private static Set<Path> uploads() throws IOException {
        Path dir = ROOT.resolve("uploads");
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.collect(Collectors.toSet());
        }
    }

    private JsonNode form(Map<String, String> fields, byte[] file, int expectedStatus) {
        HttpApi.Response response = formResponse(fields, file);
        assertThat(response.status()).as(response.body()).isEqualTo(expectedStatus);
        return response.json();
    }

    /** A multipart form to the analyze route with these fields and, when given, a file part. */
    private HttpApi.Response formResponse(Map<String, String> fields, byte[] file) {
        String boundary = "----legacy" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.mp4\""
                    + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send("POST", "/api/matches/" + matchId + "/analyze", body.toString(StandardCharsets.ISO_8859_1),
                "multipart/form-data; boundary=" + boundary, token);
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
