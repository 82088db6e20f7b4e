package com.footballcoach.analysis.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.footballcoach.analysis.AnalysisApiTest;
import com.footballcoach.platform.analysis.AssetPath;
import com.footballcoach.platform.analysis.RunFinished;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.platform.testing.TestTokens;
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
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.JacksonException;
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

    @Autowired
    AssetPreparation preparation;

    @Autowired
    JsonPreview jsonPreview;

    @Autowired
    ApplicationEventPublisher events;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void outputRoot(DynamicPropertyRegistry registry) {
        registry.add("coach.analysis.output-root", ROOT::toString);
    }

    /** Our club's run (files, a moov-last video, JSON, hostile symlinks) and another club's run. */
    record Fixture(String token, String run, String otherRun, String otherToken, String teamId) {
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
        Files.createDirectories(dir.resolve(JsonPreviewIndex.DIRECTORY));
        Files.writeString(dir.resolve(JsonPreviewIndex.DIRECTORY).resolve("advisory.json.index"), "{}");
        String outputs = JSON.writeValueAsString(Map.of(
                "tracking_video_path", run + "/tracking_video.mp4",
                "tactical_advisory_path", run + "/advisory.json",
                "tracking_json_path", run + "/tracking.json",
                "total_frames", 120));
        insertRun(run, club.teamId(), "uploads/" + run + ".mp4", outputs);
        insertRun(otherRun, otherClub.teamId(), "uploads/" + otherRun + ".mp4", "{}");
        HttpApi api = new HttpApi(port);
        fixture = new Fixture(TestTokens.of(club.coachEmail()), run, otherRun,
                TestTokens.of(otherClub.coachEmail()), club.teamId());
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
                Arguments.of("RUN/.preview-index/advisory.json.index", 404),
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
    void previewsA200MbFileFromItsIndexWithoutReadingItWhole() throws Exception {
        Path file = ROOT.resolve(fixture.run()).resolve("big-tracking.json");
        String path = fixture.run() + "/big-tracking.json";
        int frames = writeTrackingJson(file, 200_000);
        long size = Files.size(file);
        String url = "/api/analysis/files/json?path=" + path + "&preview=true&max_items=";

        long started = System.nanoTime();
        List<AssetPreparation.PreparedFile> prepared = preparation.prepare(fixture.run(),
                Map.of("tracking_json_path", path));
        long indexMillis = millisSince(started);
        assertThat(prepared).singleElement().extracting(AssetPreparation.PreparedFile::jsonIndexed).isEqualTo(true);
        assertThat(Files.size(JsonPreviewIndex.indexOf(file))).isLessThan(512);

        started = System.nanoTime();
        HttpResponse<byte[]> withIndex = get(url + 5);
        long withIndexMillis = millisSince(started);
        started = System.nanoTime();
        HttpResponse<byte[]> cached = get(url + 5);
        long cachedMillis = millisSince(started);

        assertThat(withIndex.statusCode()).isEqualTo(200);
        assertThat(withIndex.body().length).isLessThan(64 * 1024);
        assertThat(json(withIndex).get("data").get("frames")).hasSize(5);
        assertThat(lastArray(withIndex)).isEqualTo("/frames=" + frames);
        assertThat(cached.body()).isEqualTo(withIndex.body());
        AssetFile asset = new AssetFile(file, AssetPath.parse(path));
        started = System.nanoTime();
        byte[] fullPass = jsonPreview.previewWithoutIndex(asset, 5);
        long fullPassMillis = millisSince(started);
        assertThat(withIndex.body()).as("the preview of one full pass over the file").isEqualTo(fullPass);
        long[] inProcessMicros = new long[3];
        for (int i = 0; i < inProcessMicros.length; i++) {
            started = System.nanoTime();
            assertThat(jsonPreview.preview(asset, 10 + i)).isNotEmpty();
            inProcessMicros[i] = (System.nanoTime() - started) / 1000;
        }

        // the middle of the file, broken behind the index's back, is never read
        FileTime modified = Files.getLastModifiedTime(file);
        byte[] middle = overwrite(file, size / 2, "]]]]} not JSON {{{{".getBytes(StandardCharsets.US_ASCII));
        Files.setLastModifiedTime(file, modified);
        assertThatThrownBy(() -> jsonPreview.previewWithoutIndex(new AssetFile(file, AssetPath.parse(path)), 6))
                .as("a full pass meets the broken middle").isInstanceOf(JacksonException.class);
        HttpResponse<byte[]> blind = get(url + 6);
        assertThat(blind.statusCode()).isEqualTo(200);
        assertThat(lastArray(blind)).isEqualTo("/frames=" + frames);
        overwrite(file, size / 2, middle);

        // a new version of the file (here: the same bytes, a new time) has no index yet: one pass, then stored
        Files.setLastModifiedTime(file, FileTime.fromMillis(modified.toMillis() + 1000));
        started = System.nanoTime();
        HttpResponse<byte[]> withoutIndex = get(url + 5);
        long withoutIndexMillis = millisSince(started);
        started = System.nanoTime();
        HttpResponse<byte[]> otherItems = get(url + 50);
        long otherItemsMillis = millisSince(started);

        log.info("JSON preview of {} MB ({} frames): index built in {} ms; over HTTP: first preview with the index {} ms, "
                + "repeated (cached) {} ms, first preview without an index (one pass, index stored) {} ms, then "
                + "max_items=50 from that index {} ms; in process: a full pass {} ms, previews from the index {} µs; "
                + "preview {} bytes", size / 1_000_000, frames, indexMillis, withIndexMillis, cachedMillis,
                withoutIndexMillis, otherItemsMillis, fullPassMillis, Arrays.toString(inProcessMicros),
                withIndex.body().length);
        assertThat(withoutIndex.body()).isEqualTo(withIndex.body());
        assertThat(json(otherItems).get("data").get("frames")).hasSize(50);
        assertThat(lastArray(otherItems)).isEqualTo("/frames=" + frames);
        assertThat(withIndexMillis).isLessThan(withoutIndexMillis);
        Files.delete(file);
        Files.delete(JsonPreviewIndex.indexOf(file));
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

    // ---- a completed run: real video faststart, preview videos, JSON index ----

    @Test
    void preparesACompletedRunSoItsRealVideoStreamsFaststartWithPlayable480pPreviews() throws Exception {
        TestVideos.Tools tools = TestVideos.requireFfmpeg("the end-to-end preview video test");
        String run = UUID.randomUUID().toString();
        Path dir = Files.createDirectories(ROOT.resolve(run));
        Path video = TestVideos.writeMoovLast(tools, dir.resolve("tracking_video.mp4"));
        Path upload = Files.copy(video, ROOT.resolve("uploads/" + run + ".mp4"));
        assertThat(TestMp4.topLevelTypes(video)).containsSubsequence("mdat", "moov");
        List<String> framesBefore = TestVideos.frameHashes(tools, video);
        Path tracking = dir.resolve("tracking.json");
        writeTrackingJson(tracking, 2_000);
        insertRun(run, fixture.teamId(), "uploads/" + run + ".mp4", JSON.writeValueAsString(Map.of(
                "tracking_video_path", run + "/tracking_video.mp4",
                "tracking_json_path", run + "/tracking.json")));

        events.publishEvent(new RunFinished(run, UUID.randomUUID().toString(), "COMPLETED", null));

        Awaitility.await().atMost(Duration.ofMinutes(1))
                .until(() -> Files.isRegularFile(JsonPreviewIndex.indexOf(tracking)));
        assertThat(TestMp4.topLevelTypes(video)).as("faststart on completion").containsSubsequence("moov", "mdat")
                .doesNotContainSubsequence("mdat", "moov");
        JsonNode listed = Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> json(send("GET", "/api/analysis/" + run + "/files", fixture.token())),
                        files -> "ready".equals(fileOfKind(files, "tracking_video").get("preview_status").asString())
                                && "ready".equals(fileOfKind(files, "input_video").get("preview_status").asString()));

        List<String> atoms = TestVideos.rootAtomsSeenByFfprobe(tools, video);
        assertThat(atoms.indexOf("moov")).as("ffprobe meets moov first: %s", atoms).isLessThan(atoms.indexOf("mdat"));
        assertDecodesWithoutErrors(tools, video);
        assertThat(TestVideos.frameHashes(tools, video)).as("every frame decodes as before faststart")
                .isEqualTo(framesBefore);
        HttpResponse<byte[]> streamed = get(fileOfKind(listed, "tracking_video").get("stream_url").asString());
        assertThat(streamed.body()).isEqualTo(Files.readAllBytes(video));

        JsonNode trackingVideo = fileOfKind(listed, "tracking_video");
        assertThat(trackingVideo.get("preview_path").asString()).isEqualTo(run + "/tracking_video_preview.mp4");
        assertIs480pH264(tools, get(trackingVideo.get("preview_url").asString()), run + "-tracking-preview.mp4");
        JsonNode input = fileOfKind(listed, "input_video");
        assertThat(input.get("preview_path").asString()).isEqualTo("uploads/" + run + "_preview.mp4");
        assertIs480pH264(tools, get(input.get("preview_url").asString()), run + "-input-preview.mp4");
        assertThat(Files.exists(upload)).isTrue();

        assertThat(listed.get("files").valueStream().map(f -> f.get("name").asString()))
                .noneMatch(name -> name.endsWith(JsonPreviewIndex.SUFFIX));
        assertThat(get(files(run + "/" + JsonPreviewIndex.DIRECTORY + "/tracking.json" + JsonPreviewIndex.SUFFIX))
                .statusCode()).as("the index is not served").isEqualTo(404);
        HttpResponse<byte[]> preview = get("/api/analysis/files/json?path=" + run + "/tracking.json&preview=true&max_items=2");
        assertThat(lastArray(preview)).isEqualTo("/frames=2000");
    }

    private void assertIs480pH264(TestVideos.Tools tools, HttpResponse<byte[]> response, String name) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).isEqualTo("video/mp4");
        Path file = Files.write(Files.createTempDirectory("preview-").resolve(name), response.body());
        JsonNode stream = TestVideos.videoStream(tools, file);
        assertThat(stream.get("codec_name").asString()).isEqualTo("h264");
        assertThat(stream.get("height").asInt()).isEqualTo(480);
        assertThat(stream.get("nb_read_frames").asString()).isEqualTo(String.valueOf(TestVideos.FRAMES));
        assertThat(TestMp4.topLevelTypes(file)).containsSubsequence("moov", "mdat");
        assertDecodesWithoutErrors(tools, file);
        Files.delete(file);
    }

    private static void assertDecodesWithoutErrors(TestVideos.Tools tools, Path file) throws Exception {
        TestVideos.Run decode = TestVideos.decode(tools, file);
        assertThat(decode.exitCode()).as(decode.output()).isZero();
        assertThat(decode.output()).as("ffmpeg -v error -i %s -f null -", file.getFileName()).isBlank();
    }

    private static JsonNode fileOfKind(JsonNode listed, String kind) {
        return listed.get("files").valueStream().filter(f -> f.get("kind").asString().equals(kind)).findFirst()
                .orElseThrow();
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

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String lastArray(HttpResponse<byte[]> preview) {
        JsonNode arrays = json(preview).get("arrays");
        JsonNode last = arrays.get(arrays.size() - 1);
        return last.get("pointer").asString() + "=" + last.get("total").asLong();
    }

    /** Writes bytes at a position; the bytes that were there. */
    private static byte[] overwrite(Path file, long position, byte[] bytes) throws IOException {
        byte[] old = new byte[bytes.length];
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.seek(position);
            out.readFully(old);
            out.seek(position);
            out.write(bytes);
        }
        return old;
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
