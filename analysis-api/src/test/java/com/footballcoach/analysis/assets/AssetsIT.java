package com.footballcoach.analysis.assets;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.analysis.AnalysisApiTest;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The asset routes over real HTTP against files in a temporary output root. */
@AnalysisApiTest
class AssetsIT {

    private static final Logger log = LoggerFactory.getLogger(AssetsIT.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path ROOT = temporaryRoot();
    private static final int DATA_SIZE = 100_000;
    private static final byte[] DATA = randomBytes(DATA_SIZE);

    private static Fixture fixture;

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void outputRoot(DynamicPropertyRegistry registry) {
        registry.add("coach.analysis.output-root", ROOT::toString);
    }

    /** Our club's run (files, a moov-last video, JSON, hostile symlinks) and another club's run. */
    record Fixture(String token, String run, String otherRun, String otherToken) {
    }

    @BeforeEach
    void createFixture() throws IOException {
        if (fixture != null) {
            return;
        }
        TestAccounts.Club club = TestAccounts.newClub();
        TestAccounts.Club otherClub = TestAccounts.newClub();
        String run = UUID.randomUUID().toString();
        String otherRun = UUID.randomUUID().toString();
        Path dir = Files.createDirectories(ROOT.resolve(run));
        Files.write(dir.resolve("data.bin"), DATA);
        TestMp4.writeMoovLast(dir.resolve("tracking_video.mp4"));
        Files.writeString(dir.resolve("advisory.json"), "{\"advisories\":[{\"advisor_output\":{\"confidence\":0.8}}]}");
        Files.writeString(dir.resolve("notes.txt"), "plain text");
        Files.createDirectories(ROOT.resolve("uploads"));
        Files.write(ROOT.resolve("uploads/" + run + ".mp4"), DATA);
        Path otherDir = Files.createDirectories(ROOT.resolve(otherRun));
        Files.writeString(otherDir.resolve("secret.bin"), "another club's file");
        Files.createSymbolicLink(dir.resolve("escape.txt"), Path.of("/etc/hostname"));
        Files.createSymbolicLink(dir.resolve("other-run-link.bin"), otherDir.resolve("secret.bin"));
        String outputs = JSON.writeValueAsString(java.util.Map.of(
                "tracking_video_path", run + "/tracking_video.mp4",
                "tactical_advisory_path", run + "/advisory.json",
                "tracking_json_path", run + "/tracking.json",
                "total_frames", 120));
        insertRun(run, club.teamId(), "uploads/" + run + ".mp4", outputs);
        insertRun(otherRun, otherClub.teamId(), "uploads/" + otherRun + ".mp4", "{}");
        HttpApi api = new HttpApi(port);
        fixture = new Fixture(api.login(club.coachEmail(), TestAccounts.PASSWORD), run, otherRun,
                api.login(otherClub.coachEmail(), TestAccounts.PASSWORD));
    }

    // ---- whole files and ranges, byte for byte ----

    @Test
    void servesAWholeFileWithValidatorsAndRangeSupport() {
        HttpResponse<byte[]> response = get(files(fixture.run() + "/data.bin"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(DATA);
        assertThat(header(response, "Accept-Ranges")).isEqualTo("bytes");
        assertThat(header(response, "ETag")).startsWith("\"");
        assertThat(header(response, "Last-Modified")).isNotBlank();
        assertThat(header(response, "Content-Type")).isEqualTo("application/octet-stream");
        assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(DATA_SIZE));
    }

    @Test
    void servesASingleRange() {
        HttpResponse<byte[]> response = get(stream(fixture.run() + "/data.bin"), "Range", "bytes=10-99");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(header(response, "Content-Range")).isEqualTo("bytes 10-99/" + DATA_SIZE);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(DATA, 10, 100));
    }

    @Test
    void servesASuffixRange() {
        HttpResponse<byte[]> response = get(stream(fixture.run() + "/data.bin"), "Range", "bytes=-500");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(header(response, "Content-Range")).isEqualTo("bytes 99500-99999/" + DATA_SIZE);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(DATA, DATA_SIZE - 500, DATA_SIZE));
    }

    @Test
    void servesAnOpenRange() {
        HttpResponse<byte[]> response = get(stream(fixture.run() + "/data.bin"), "Range", "bytes=100-");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(header(response, "Content-Range")).isEqualTo("bytes 100-99999/" + DATA_SIZE);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(DATA, 100, DATA_SIZE));
    }

    @Test
    void servesSeveralRangesAsMultipartByteranges() {
        HttpResponse<byte[]> response = get(stream(fixture.run() + "/data.bin"), "Range", "bytes=0-9,5000-5099,-20");

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(header(response, "Content-Type")).startsWith("multipart/byteranges; boundary=");
        String body = new String(response.body(), StandardCharsets.ISO_8859_1);
        Matcher part = Pattern.compile("Content-Range: bytes (\\d+)-(\\d+)/(\\d+)\r\n\r\n").matcher(body);
        List<long[]> parts = new ArrayList<>();
        while (part.find()) {
            int start = Integer.parseInt(part.group(1));
            int end = Integer.parseInt(part.group(2));
            assertThat(part.group(3)).isEqualTo(String.valueOf(DATA_SIZE));
            byte[] bytes = body.substring(part.end(), part.end() + end - start + 1).getBytes(StandardCharsets.ISO_8859_1);
            assertThat(bytes).as("part %d-%d", start, end).isEqualTo(Arrays.copyOfRange(DATA, start, end + 1));
            parts.add(new long[] {start, end});
        }
        assertThat(parts).extracting(p -> p[0] + "-" + p[1]).containsExactly("0-9", "5000-5099", "99980-99999");
    }

    @Test
    void refusesAnUnsatisfiableRangeWith416AndTheSize() {
        HttpResponse<byte[]> response = get(stream(fixture.run() + "/data.bin"), "Range", "bytes=200000-300000");

        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(header(response, "Content-Range")).isEqualTo("bytes */" + DATA_SIZE);
    }

    @Test
    void answers304WhenTheEtagStillMatches() {
        String etag = header(get(stream(fixture.run() + "/data.bin")), "ETag");

        HttpResponse<byte[]> response = get(stream(fixture.run() + "/data.bin"), "If-None-Match", etag);

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(header(response, "ETag")).isEqualTo(etag);
    }

    @Test
    void ignoresTheRangeWhenIfRangeNamesAnOlderVersion() {
        String etag = header(get(stream(fixture.run() + "/data.bin")), "ETag");

        HttpResponse<byte[]> stale = get(stream(fixture.run() + "/data.bin"), "Range", "bytes=0-9",
                "If-Range", "\"stale-version\"");
        HttpResponse<byte[]> current = get(stream(fixture.run() + "/data.bin"), "Range", "bytes=0-9", "If-Range", etag);

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(DATA);
        assertThat(current.statusCode()).isEqualTo(206);
        assertThat(current.body()).isEqualTo(Arrays.copyOfRange(DATA, 0, 10));
    }

    @Test
    void answersHeadWithHeadersOnly() {
        HttpResponse<byte[]> whole = send("HEAD", stream(fixture.run() + "/data.bin"), fixture.token());
        HttpResponse<byte[]> range = send("HEAD", stream(fixture.run() + "/data.bin"), fixture.token(), "Range", "bytes=0-99");

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(header(whole, "Content-Length")).isEqualTo(String.valueOf(DATA_SIZE));
        assertThat(whole.body()).isEmpty();
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(header(range, "Content-Range")).isEqualTo("bytes 0-99/" + DATA_SIZE);
        assertThat(range.body()).isEmpty();
    }

    @Test
    void servesTheUploadOfARunAndSendsContentTypes() {
        HttpResponse<byte[]> upload = get(files("uploads/" + fixture.run() + ".mp4"));
        HttpResponse<byte[]> text = get(files(fixture.run() + "/notes.txt"));

        assertThat(upload.statusCode()).isEqualTo(200);
        assertThat(header(upload, "Content-Type")).isEqualTo("video/mp4");
        assertThat(upload.body()).isEqualTo(DATA);
        assertThat(header(text, "Content-Type")).startsWith("text/plain");
        assertThat(header(text, "Content-Disposition")).startsWith("inline");
    }

    // ---- path safety ----

    static Stream<Arguments> hostilePaths() {
        return Stream.of(
                Arguments.of("../etc/passwd", 400),
                Arguments.of("/etc/passwd", 400),
                Arguments.of("%2e%2e/etc/passwd", 400),
                Arguments.of("%2e%2e%2fetc%2fpasswd", 400),
                Arguments.of("RUN/..%2f..%2fetc%2fpasswd", 400),
                Arguments.of("RUN/../../etc/passwd", 400),
                Arguments.of("RUN/../OTHER/secret.bin", 400),
                Arguments.of("%252e%252e%252fetc%252fpasswd", 400),
                Arguments.of("RUN/data.bin%00.mp4", 400),
                Arguments.of("RUN%5cdata.bin", 400),
                Arguments.of("RUN%5c..%5c..%5cetc%5cpasswd", 400),
                Arguments.of("C:/Windows/win.ini", 400),
                Arguments.of("RUN/./data.bin", 400),
                Arguments.of("RUN//data.bin", 400),
                Arguments.of("RUN/", 400),
                Arguments.of("", 400),
                Arguments.of("RUN/" + "a".repeat(5000), 400),
                Arguments.of("RUN/escape.txt", 404),
                Arguments.of("RUN/other-run-link.bin", 404),
                Arguments.of("OTHER/secret.bin", 404),
                Arguments.of("uploads/OTHER.mp4", 404),
                Arguments.of("RUN", 404),
                Arguments.of("RUN/missing.bin", 404),
                Arguments.of("no-such-run/data.bin", 404),
                Arguments.of("etc/passwd", 404));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("hostilePaths")
    void refusesHostilePaths(String rawQueryValue, int status) {
        String value = rawQueryValue.replace("OTHER", fixture.otherRun()).replace("RUN", fixture.run());
        for (String route : List.of("files", "stream", "files/json")) {
            HttpResponse<byte[]> response = get("/api/analysis/" + route + "?path=" + value);
            assertThat(response.statusCode()).as("%s %s", route, rawQueryValue).isEqualTo(status);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("another club")
                    .doesNotContain("root:");
        }
    }

    @Test
    void refusesAMissingPathParameter() {
        assertThat(get("/api/analysis/files").statusCode()).isEqualTo(400);
    }

    @Test
    void hidesTheFilesOfAnotherClub() {
        HttpResponse<byte[]> response = send("GET", files(fixture.run() + "/data.bin"), fixture.otherToken());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    // ---- access_token query parameter ----

    @Test
    void acceptsTheAccessTokenQueryParameterOnMediaRoutesOnly() {
        String token = "&access_token=" + fixture.token();

        assertThat(send("GET", stream(fixture.run() + "/data.bin") + token, null).statusCode()).isEqualTo(200);
        assertThat(send("HEAD", files(fixture.run() + "/data.bin") + token, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/analysis/files/json?path=" + fixture.run() + "/advisory.json" + token, null)
                .statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/analysis/" + fixture.run() + "/files?access_token=" + fixture.token(), null)
                .statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/users/me?access_token=" + fixture.token(), null).statusCode()).isEqualTo(401);
        assertThat(send("GET", stream(fixture.run() + "/data.bin") + "&access_token=not-a-token", null).statusCode())
                .isEqualTo(401);
        assertThat(send("GET", stream(fixture.run() + "/data.bin"), null).statusCode()).isEqualTo(401);
    }

    // ---- faststart on first stream ----

    @Test
    void rewritesAMoovLastVideoToFastStartOnFirstStream() throws IOException {
        Path video = ROOT.resolve(fixture.run()).resolve("tracking_video.mp4");

        HttpResponse<byte[]> response = get(stream(fixture.run() + "/tracking_video.mp4"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).isEqualTo("video/mp4");
        assertThat(TestMp4.topLevelTypes(video)).containsExactly("ftyp", "moov", "mdat", "free");
        assertThat(response.body()).isEqualTo(Files.readAllBytes(video));
    }

    // ---- JSON ----

    @Test
    void servesAJsonFileWhole() {
        HttpResponse<byte[]> response = get("/api/analysis/files/json?path=" + fixture.run() + "/advisory.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).startsWith("application/json");
        assertThat(json(response).get("advisories").get(0).get("advisor_output").get("confidence").asDouble())
                .isEqualTo(0.8);
        assertThat(get("/api/analysis/files/json?path=" + fixture.run() + "/notes.txt").statusCode()).isEqualTo(400);
    }

    @Test
    void previewsTheFirstItemsOfLargeArraysWithTheirTotals() throws IOException {
        Path file = ROOT.resolve(fixture.run()).resolve("tracking.json");
        int frames = writeTrackingJson(file, 5_000);

        HttpResponse<byte[]> response = get("/api/analysis/files/json?path=" + fixture.run()
                + "/tracking.json&preview=true&max_items=3");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode preview = json(response);
        assertThat(preview.get("preview").asBoolean()).isTrue();
        assertThat(preview.get("data").get("fps").asInt()).isEqualTo(25);
        assertThat(preview.get("data").get("frames")).hasSize(3);
        assertThat(preview.get("data").get("frames").get(2).get("frame").asInt()).isEqualTo(2);
        assertThat(preview.get("data").get("frames").get(0).get("players")).hasSize(3);
        assertThat(preview.get("arrays").valueStream().map(a -> a.get("pointer").asString() + "=" + a.get("total").asLong()))
                .contains("/frames=" + frames, "/frames/0/players=22");
    }

    @Test
    void previewsA200MegabyteJsonFileWithoutLoadingIt() throws IOException {
        Path file = ROOT.resolve(fixture.run()).resolve("big-tracking.json");
        int frames = writeTrackingJson(file, 200_000);
        log.info("big-tracking.json: {} MB, {} frames", Files.size(file) / 1_000_000, frames);
        String url = "/api/analysis/files/json?path=" + fixture.run() + "/big-tracking.json&preview=true&max_items=5";

        long started = System.nanoTime();
        HttpResponse<byte[]> first = get(url);
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        HttpResponse<byte[]> second = get(url);
        long secondMillis = (System.nanoTime() - started) / 1_000_000;
        log.info("JSON preview of {} MB: first {} ms, cached {} ms, {} bytes", Files.size(file) / 1_000_000,
                firstMillis, secondMillis, first.body().length);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body().length).isLessThan(64 * 1024);
        assertThat(json(first).get("arrays").get(json(first).get("arrays").size() - 1).get("total").asLong())
                .isEqualTo(frames);
        assertThat(second.body()).isEqualTo(first.body());
    }

    // ---- the files of a run ----

    @Test
    void listsTheOutputFilesOfARun() {
        HttpResponse<byte[]> response = send("GET", "/api/analysis/" + fixture.run() + "/files", fixture.token());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        boolean ffmpeg = PreviewVideos.executable("ffmpeg").isPresent();
        assertThat(body.get("preview_available").asBoolean()).isEqualTo(ffmpeg);
        if (!ffmpeg) {
            assertThat(body.get("preview_reason").asString()).contains("ffmpeg");
        }
        JsonNode video = body.get("files").valueStream().filter(f -> f.get("kind").asString().equals("tracking_video"))
                .findFirst().orElseThrow();
        assertThat(video.get("name").asString()).isEqualTo("tracking_video.mp4");
        assertThat(video.get("content_type").asString()).isEqualTo("video/mp4");
        assertThat(video.get("exists").asBoolean()).isTrue();
        assertThat(video.get("size_bytes").asLong()).isPositive();
        assertThat(video.get("stream_url").asString())
                .isEqualTo("/api/analysis/stream?path=" + fixture.run() + "%2Ftracking_video.mp4");
        assertThat(video.get("preview_status").asString()).isEqualTo(ffmpeg ? "pending" : "unavailable");
        JsonNode advisory = body.get("files").valueStream()
                .filter(f -> f.get("kind").asString().equals("tactical_advisory")).findFirst().orElseThrow();
        assertThat(advisory.get("json_url").asString()).startsWith("/api/analysis/files/json?path=");
        assertThat(body.get("files").valueStream().map(f -> f.get("kind").asString()))
                .contains("input_video", "tracking_json");
        assertThat(send("GET", "/api/analysis/" + fixture.otherRun() + "/files", fixture.token()).statusCode())
                .isEqualTo(404);
    }

    // ---- a 2 GiB file with a flat heap ----

    @Test
    void streamsA2GibSparseFileWithAFlatHeap() throws Exception {
        long size = 2L * 1024 * 1024 * 1024;
        Path big = ROOT.resolve(fixture.run()).resolve("big.bin");
        byte[] tail = randomBytes(4096);
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(size);
            file.seek(size - tail.length);
            file.write(tail);
        }
        HttpResponse<byte[]> range = get(stream(fixture.run() + "/big.bin"), "Range",
                "bytes=" + (size - tail.length) + "-");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(tail);

        long heapBefore = usedHeap();
        long started = System.nanoTime();
        HttpResponse<InputStream> whole = client.send(request("GET", stream(fixture.run() + "/big.bin"), fixture.token()),
                HttpResponse.BodyHandlers.ofInputStream());
        long received = 0;
        long peak = heapBefore;
        byte[] buffer = new byte[256 * 1024];
        try (InputStream in = whole.body()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                received += n;
                if ((received & ((1 << 28) - 1)) < n) {
                    peak = Math.max(peak, usedHeap());
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long heapAfter = usedHeap();
        log.info("2 GiB stream: {} MB/s, heap used before {} MB, peak {} MB, after {} MB (max {} MB)",
                Math.round(size / 1e6 / seconds), heapBefore >> 20, peak >> 20, heapAfter >> 20,
                Runtime.getRuntime().maxMemory() >> 20);

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(received).isEqualTo(size);
        assertThat(heapAfter - heapBefore).isLessThan(64L * 1024 * 1024);
        Files.delete(big);
    }

    // ---- helpers ----

    private static int writeTrackingJson(Path file, int frames) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("{\"fps\":25,\"meta\":{\"source\":\"test\"},\"frames\":[");
            for (int i = 0; i < frames; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write("{\"frame\":" + i + ",\"players\":[");
                for (int p = 0; p < 22; p++) {
                    if (p > 0) {
                        out.write(',');
                    }
                    out.write("{\"id\":" + p + ",\"x\":" + (i * 0.37 + p) + ",\"y\":" + (p * 1.5) + ",\"team\":\"A\"}");
                }
                out.write("]}");
            }
            out.write("]}");
        }
        return frames;
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String files(String path) {
        return "/api/analysis/files?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    private static String stream(String path) {
        return "/api/analysis/stream?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, fixture.token(), headers);
    }

    private HttpResponse<byte[]> send(String method, String pathAndQuery, String token, String... headers) {
        try {
            return client.send(request(method, pathAndQuery, token, headers), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest request(String method, String pathAndQuery, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(120)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    private static void insertRun(String id, String teamId, String input, String outputs) {
        TestAccounts.execute("""
                INSERT INTO analysis_runs (id, match_id, team_id, input_video_path, outputs, status)
                VALUES (?, ?, ?, ?, ?, 'COMPLETED')
                """, id, UUID.randomUUID().toString(), teamId, input, outputs);
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static Path temporaryRoot() {
        try {
            return Files.createTempDirectory("analysis-output-").toRealPath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
