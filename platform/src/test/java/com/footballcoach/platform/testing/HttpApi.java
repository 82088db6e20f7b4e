package com.footballcoach.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for end-to-end tests: raw bodies in (so tests can send malformed JSON),
 * status, headers and parsed JSON out.
 */
public final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public HttpApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Response get(String path, @Nullable String token) {
        return send("GET", path, null, null, token);
    }

    public Response delete(String path, @Nullable String token) {
        return send("DELETE", path, null, null, token);
    }

    public Response postJson(String path, String json, @Nullable String token) {
        return send("POST", path, json, "application/json", token);
    }

    public Response putJson(String path, String json, @Nullable String token) {
        return send("PUT", path, json, "application/json", token);
    }

    public Response postJson(String path, Map<String, ?> body, @Nullable String token) {
        return postJson(path, JSON.writeValueAsString(body), token);
    }

    public Response postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, form, "application/x-www-form-urlencoded", null);
    }

    /** Signs in through {@code POST /api/token} and returns the access token. */
    public String login(String email, String password) {
        Response response = postForm("/api/token", Map.of("username", email, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException("Login of " + email + " failed: " + response.status() + " " + response.body());
        }
        return response.json().get("access_token").asString();
    }

    public Response send(String method, String path, @Nullable String body, @Nullable String contentType,
            @Nullable String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, raw body and headers. */
    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public @Nullable String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** Whether the body is an RFC 9457 problem with a string detail. */
        public boolean isProblem() {
            JsonNode node;
            try {
                node = json();
            } catch (RuntimeException e) {
                return false;
            }
            return node.has("status") && node.has("title") && node.get("detail") != null
                    && node.get("detail").isString() && node.has("trace_id");
        }
    }
}
