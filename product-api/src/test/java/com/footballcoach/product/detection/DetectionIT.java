package com.footballcoach.product.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.product.ProductApiTest;
import com.footballcoach.product.testing.Club;
import com.footballcoach.product.testing.TestImages;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/detect} over real HTTP: signed-in callers only, the image checked by its bytes
 * and size, and then a 501 problem naming where detection runs — never made-up detections.
 * Uploads are limited to 64 KB in these tests ({@link ProductApiTest}).
 */
@ProductApiTest
class DetectionIT {

    @LocalServerPort
    int port;

    Club club;

    @BeforeEach
    void newClub() {
        club = new Club(port);
    }

    @Test
    void answersARealImageWithA501ProblemPointingToTheAnalysisPath() throws Exception {
        for (byte[] image : new byte[][] {TestImages.png(), TestImages.jpeg()}) {
            HttpApi.Response answer = upload(image, club.player.token());

            assertThat(answer.status()).as(answer.body()).isEqualTo(501);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = answer.json();
            assertThat(problem.get("detail").asString()).contains("tracking engine").contains("/api/analyze_match");
            assertThat(problem.get("instance").asString()).isEqualTo("/api/detect");
            assertThat(problem.has("detections")).isFalse();
        }
    }

    @Test
    void refusesAnonymousCallersWith401BeforeReadingTheImage() throws Exception {
        HttpApi.Response answer = upload(TestImages.png(), null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void refusesFilesThatAreNotCompleteImagesWith415() throws Exception {
        byte[] png = TestImages.png();
        for (byte[] fake : new byte[][] {"<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8),
                "GIF89a not accepted".getBytes(StandardCharsets.UTF_8), Arrays.copyOf(png, 20)}) {
            HttpApi.Response answer = upload(fake, club.coach.token());

            assertThat(answer.status()).as(answer.body()).isEqualTo(415);
            assertThat(answer.isProblem()).isTrue();
        }
    }

    @Test
    void refusesAnImageOverTheLimitWith413() throws Exception {
        HttpApi.Response answer = upload(Arrays.copyOf(TestImages.png(), 70 * 1024), club.coach.token());

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void refusesAnEmptyFileAMissingPartAndABodyThatIsNotMultipartWith4xxProblems() throws Exception {
        HttpApi.Response empty = upload(new byte[0], club.coach.token());
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.isProblem()).isTrue();

        HttpApi.Response json = club.coach.post("/api/detect", "{\"image\": \"x\"}");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.isProblem()).isTrue();

        HttpApi.Response otherPart = upload("image", TestImages.png(), club.coach.token());
        assertThat(otherPart.status()).isEqualTo(400);
        assertThat(otherPart.isProblem()).isTrue();
    }

    @Test
    void documentsThe501AndTheImageProblemsInOpenApi() {
        JsonNode responses = club.api.get("/v3/api-docs", null).json().get("paths").get("/api/detect").get("post")
                .get("responses");

        assertThat(responses.has("501")).isTrue();
        assertThat(responses.has("401")).isTrue();
        assertThat(responses.has("413")).isTrue();
        assertThat(responses.has("415")).isTrue();
    }

    private HttpApi.Response upload(byte[] content, @Nullable String token) throws IOException, InterruptedException {
        return upload("file", content, token);
    }

    private HttpApi.Response upload(String part, byte[] content, @Nullable String token) throws IOException,
            InterruptedException {
        String boundary = "----detect" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part
                + "\"; filename=\"frame.png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/detect"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        return new HttpApi.Response(response.statusCode(), response.body(), Map.of("Content-Type",
                response.headers().allValues("Content-Type")));
    }
}
