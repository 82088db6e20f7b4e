package com.footballcoach.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile uploads and headers against the running platform: each is refused with a 4xx problem
 * (or, for a polyglot that starts like an MP4, accepted and left to the engine), and nothing is
 * left behind for a refused upload.
 */
class HostileUploadIT {

    static RunningPlatform platform;
    static String token;

    @BeforeAll
    static void signIn() {
        platform = RunningPlatform.get();
        TestAccounts.Club club = TestAccounts.in(platform.database, TestAccounts::newClub);
        token = platform.product.login(club.coachEmail(), TestAccounts.PASSWORD);
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

    private static HttpResponse<String> upload(String filename, byte[] content) throws Exception {
        String boundary = "b" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port(platform.platform.analysis()) + "/api/analyze_match"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] mp4Header() {
        return new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p',
                '4', '1', 0, 0, 0, 8, 'f', 'r', 'e', 'e'};
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
