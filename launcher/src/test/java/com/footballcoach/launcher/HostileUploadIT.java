package com.footballcoach.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.simulator.media.SampleVideos;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile uploads and headers against the running platform: each is refused with a 4xx problem,
 * and nothing is left behind for a refused upload. Polyglots — files that are a video or an image
 * and also a page or an archive: a video must consist of its boxes alone, else it is refused; an
 * image is stored without whatever follows its end, and both are served back only as their media
 * type with {@code nosniff}, never as a page.
 */
class HostileUploadIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] HTML = "<html><body><script>fetch('/api/users/me').then(r => r.text())</script></html>"
            .getBytes(StandardCharsets.US_ASCII);

    static RunningPlatform platform;
    static TestAccounts.Club club;
    static String token;
    static String ownerToken;

    @BeforeAll
    static void signIn() {
        platform = RunningPlatform.get();
        club = TestAccounts.in(platform.database, TestAccounts::newClub);
        token = platform.product.login(club.coachEmail(), TestAccounts.PASSWORD);
        ownerToken = platform.product.login(club.ownerEmail(), TestAccounts.PASSWORD);
    }

    @Test
    void refusesAVideoPolyglotWithAPageOrAnArchiveAfterItsBoxesAndChangesNothing() throws Exception {
        byte[] video = sampleVideo(Duration.ofSeconds(5));
        Map<String, Long> tablesBefore = ApiOperations.rowCounts(platform.database);
        long filesBefore = uploads();

        for (byte[] polyglot : List.of(concat(Arrays.copyOf(mp4Header(), 24), HTML), concat(video, jar()),
                concat(video, HTML))) {
            HttpResponse<String> refused = upload("match.mp4", polyglot);

            assertThat(refused.statusCode()).isEqualTo(415);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(new HttpApi.Response(415, refused.body(), Map.of()).isProblem()).isTrue();
            assertThat(refused.body()).contains("boxes do not add up");
        }

        assertThat(ApiOperations.rowCounts(platform.database)).isEqualTo(tablesBefore);
        assertThat(uploads()).isEqualTo(filesBefore);
    }

    @Test
    void servesAnAcceptedVideoWithAPageInsideABoxOnlyAsVideoWithNosniff() throws Exception {
        byte[] video = concat(sampleVideo(Duration.ofSeconds(5)), box("free", HTML));
        HttpResponse<String> accepted = upload("match.mp4", video);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = JSON.readTree(accepted.body()).get("analysis_id").asString();
        platform.analysis.postJson("/api/analysis/" + id + "/cancel", "{}", token);

        HttpResponse<byte[]> served = get(port(platform.platform.analysis()),
                "/api/analysis/files?path=uploads/" + id + ".mp4", token);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(video);
        assertServedAs(served, "video/mp4");
    }

    @Test
    void storesOnlyTheImageOfAnImagePolyglotAndServesItAsAnImageWithNosniff() throws Exception {
        byte[] png = image("png");
        byte[] jpeg = image("jpg");
        String player = platform.product.postJson("/api/players", Map.of("name", "Polyglot", "team_id",
                club.teamId()), ownerToken).json().get("id").asString();

        String logo = JSON.readTree(imageUpload("/api/teams/" + club.teamId() + "/upload_logo", concat(png, jar()))
                .body()).get("logo_url").asString();
        HttpResponse<byte[]> servedLogo = get(platform.productPort(), logo, null);
        String picture = JSON.readTree(imageUpload("/api/players/" + player + "/upload_image", concat(jpeg, HTML))
                .body()).get("image_url").asString();
        // a new logo replaces the first one (and its file)
        String annotated = JSON.readTree(imageUpload("/api/teams/" + club.teamId() + "/upload_logo",
                withTextChunk(png, HTML)).body()).get("logo_url").asString();

        assertThat(servedLogo.body()).isEqualTo(png);
        assertServedAs(servedLogo, "image/png");
        HttpResponse<byte[]> servedPicture = get(platform.productPort(), picture, null);
        assertThat(servedPicture.body()).isEqualTo(jpeg);
        assertServedAs(servedPicture, "image/jpeg");
        HttpResponse<byte[]> servedAnnotated = get(platform.productPort(), annotated, null);
        assertThat(servedAnnotated.body()).isEqualTo(withTextChunk(png, HTML));
        assertServedAs(servedAnnotated, "image/png");
    }

    @Test
    void refusesAFileThatOnlyStartsLikeAnImageAndChangesNothing() throws Exception {
        byte[] pngSignature = Arrays.copyOf(image("png"), 8);
        String logoBefore = platform.product.get("/api/teams/" + club.teamId(), ownerToken).json().path("logo_url")
                .toString();
        Map<String, Long> tablesBefore = ApiOperations.rowCounts(platform.database);
        long imagesBefore = files(Path.of("target", "static", "images"));

        HttpResponse<String> refused = imageUpload("/api/teams/" + club.teamId() + "/upload_logo",
                concat(pngSignature, HTML));

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(new HttpApi.Response(415, refused.body(), Map.of()).isProblem()).isTrue();
        assertThat(platform.product.get("/api/teams/" + club.teamId(), ownerToken).json().path("logo_url").toString())
                .isEqualTo(logoBefore);
        assertThat(ApiOperations.rowCounts(platform.database)).isEqualTo(tablesBefore);
        assertThat(files(Path.of("target", "static", "images"))).isEqualTo(imagesBefore);
    }

    @Test
    void refusesZeroByteTruncatedAndRenamedTextUploadsAndStoresNothing() throws Exception {
        long runsBefore = runs();
        long filesBefore = uploads();

        assertThat(upload("empty.mp4", new byte[0]).statusCode()).isIn(400, 415, 422);
        assertThat(upload("truncated.mp4", new byte[] {0, 0, 0, 0x18, 'f', 't'}).statusCode()).isIn(400, 415, 422);
        assertThat(upload("notes.mp4", "just some text, not a video".getBytes()).statusCode()).isEqualTo(415);

        assertThat(runs()).isEqualTo(runsBefore);
        assertThat(uploads()).isEqualTo(filesBefore);
    }

    @Test
    void neverLetsAClientFileNameReachTheFileSystem() throws Exception {
        byte[] mp4 = mp4Header();
        HttpResponse<String> response = upload("../../../etc/evil\u0001\n.mp4", mp4);

        assertThat(response.statusCode()).isIn(200, 202);
        assertThat(Files.exists(Path.of("target/analysis-output/../../../etc/evil.mp4").normalize())).isFalse();
        try (Stream<Path> files = Files.list(Path.of("target", "analysis-output", "uploads"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.matches("[0-9a-f-]{36}\\.[a-z0-9]+"));
        }
    }

    @Test
    void refusesAnUploadWhoseDeclaredLengthIsNeverSent() throws Exception {
        long runsBefore = runs();
        String boundary = "hostile-boundary";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.mp4\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port(platform.platform.analysis()))) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/analyze_match HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: 5368709120\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(mp4Header());
            out.write(new byte[256 * 1024]);
            out.flush();
            socket.shutdownOutput();
            String status = firstLine(socket.getInputStream());
            assertThat(status).doesNotContain(" 5");
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(runs()).isEqualTo(runsBefore));
    }

    @Test
    void answersOversizedHeadersWith431AndNotACrash() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port(platform.platform.product()) + "/api/users/me"))
                .header("X-Padding", "x".repeat(64 * 1024)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(400, 431);
    }

    private static void assertServedAs(HttpResponse<byte[]> served, String type) {
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(type));
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    /** A GET that asks for a page, as a browser navigating to the URL would. */
    private static HttpResponse<byte[]> get(int port, String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> imageUpload(String path, byte[] content) throws Exception {
        HttpResponse<String> response = multipart(port(platform.platform.product()), path, ownerToken, "pic.png",
                content);
        assertThat(response.statusCode()).as(response.body()).isIn(200, 415);
        return response;
    }

    private static HttpResponse<String> upload(String filename, byte[] content) throws Exception {
        return multipart(port(platform.platform.analysis()), "/api/analyze_match", token, filename, content);
    }

    private static HttpResponse<String> multipart(int port, String path, String bearer, String filename,
            byte[] content) throws Exception {
        String boundary = "b" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] mp4Header() {
        return new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p',
                '4', '1', 0, 0, 0, 8, 'f', 'r', 'e', 'e'};
    }

    private static byte[] sampleVideo(Duration duration) throws IOException {
        Path file = Files.createTempFile("polyglot", ".mp4");
        try {
            return Files.readAllBytes(SampleVideos.writeMp4(file, duration));
        } finally {
            Files.delete(file);
        }
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 5, 0x3366FF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A JAR: a ZIP archive with a manifest, as a GIFAR-style polyglot appends it. */
    private static byte[] jar() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\nMain-Class: Evil\n".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The PNG with a {@code tEXt} chunk holding the text right after its IHDR: still a valid PNG. */
    private static byte[] withTextChunk(byte[] png, byte[] text) {
        byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
        byte[] data = concat("Comment\0".getBytes(StandardCharsets.US_ASCII), text);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        byte[] chunk = ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type).put(data)
                .putInt((int) crc.getValue()).array();
        int afterIhdr = 8 + 12 + 13;
        return concat(Arrays.copyOf(png, afterIhdr), chunk, Arrays.copyOfRange(png, afterIhdr, png.length));
    }

    private static byte[] box(String type, byte[] payload) {
        return ByteBuffer.allocate(8 + payload.length).putInt(8 + payload.length)
                .put(type.getBytes(StandardCharsets.US_ASCII)).put(payload).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static long files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    private static long runs() throws Exception {
        try (Connection c = platform.database.connect();
                ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM analysis_runs")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long uploads() throws IOException {
        Path dir = Path.of("target", "analysis-output", "uploads");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    private static String firstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        return line.toString();
    }

    private static int port(org.springframework.context.ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
