package com.footballcoach.product.assistant;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code LLM_MODE=remote}: asks the model at {@code REMOTE_LLM_URL} with the prompt protocol or the
 * OpenAI chat-completions protocol (OpenAI, vLLM, Ollama, llama.cpp server). Each attempt is
 * bounded by {@code LLM_TIMEOUT}; connection errors and 5xx/429 answers are retried
 * {@code LLM_RETRIES} times; timeouts and malformed answers are not. Any failure, or an open
 * circuit breaker, gives the local answer with {@code degraded = true}.
 */
final class RemoteLanguageModel implements LanguageModel {

    private static final Logger log = LoggerFactory.getLogger(RemoteLanguageModel.class);

    private final HttpClient http;
    private final JsonMapper json;
    private final LlmSettings settings;
    private final CircuitBreaker breaker;

    RemoteLanguageModel(HttpClient http, JsonMapper json, LlmSettings settings, CircuitBreaker breaker) {
        this.http = http;
        this.json = json;
        this.settings = settings;
        this.breaker = breaker;
    }

    /** Why a remote answer could not be used. */
    static final class RemoteFailure extends Exception {

        private final boolean retryable;

        RemoteFailure(String message, boolean retryable) {
            super(message);
            this.retryable = retryable;
        }
    }

    @Override
    public Answer answer(Prompt prompt, String localAnswer) {
        if (!breaker.allows()) {
            return new Answer(localAnswer, true, "local");
        }
        for (int attempt = 0; ; attempt++) {
            try {
                String text = call(prompt);
                breaker.succeeded();
                return new Answer(text, false, settings.api().equals("openai") ? settings.model() : "remote");
            } catch (RemoteFailure e) {
                if (e.retryable && attempt < settings.retries()) {
                    log.info("Remote model attempt {} failed ({}); retrying", attempt + 1, e.getMessage());
                    continue;
                }
                breaker.failed();
                log.warn("Remote model failed ({}); answering locally", e.getMessage());
                return new Answer(localAnswer, true, "local");
            }
        }
    }

    private String call(Prompt prompt) throws RemoteFailure {
        boolean openai = settings.api().equals("openai");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(openai ? chatUrl(settings.remoteUrl()) : settings.remoteUrl()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(openai ? chat(prompt) : single(prompt)),
                        StandardCharsets.UTF_8));
        if (openai && !settings.apiKey().isEmpty()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new RemoteFailure("timed out after " + settings.timeout().toMillis() + " ms", false);
        } catch (IOException e) {
            throw new RemoteFailure("connection error: " + e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteFailure("interrupted", false);
        }
        int status = response.statusCode();
        if (status >= 500 || status == 429) {
            throw new RemoteFailure("HTTP " + status, true);
        }
        if (status != 200) {
            throw new RemoteFailure("HTTP " + status, false);
        }
        String text = openai ? chatText(response.body()) : promptText(response.body());
        if (text == null || text.isBlank()) {
            throw new RemoteFailure("malformed response", false);
        }
        return text.strip();
    }

    private ObjectNode single(Prompt prompt) {
        ObjectNode body = json.createObjectNode();
        body.put("prompt", prompt.single());
        return body;
    }

    private ObjectNode chat(Prompt prompt) {
        ObjectNode body = json.createObjectNode();
        body.put("model", settings.model());
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", prompt.system());
        messages.addObject().put("role", "user").put("content", prompt.user());
        body.put("temperature", 0);
        body.put("stream", false);
        return body;
    }

    private @Nullable String promptText(String body) {
        JsonNode node = parse(body);
        if (node == null || !"ok".equals(text(node.get("status")))) {
            return null;
        }
        return text(node.get("response"));
    }

    private @Nullable String chatText(String body) {
        JsonNode node = parse(body);
        JsonNode choices = node == null ? null : node.get("choices");
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            return null;
        }
        JsonNode message = choices.get(0).get("message");
        return message == null ? null : text(message.get("content"));
    }

    private @Nullable JsonNode parse(String body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }

    /** The chat-completions endpoint under a base URL ({@code http://host:11434} or {@code …/v1}). */
    static String chatUrl(String base) {
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (trimmed.endsWith("/chat/completions")) {
            return trimmed;
        }
        return trimmed.endsWith("/v1") ? trimmed + "/chat/completions" : trimmed + "/v1/chat/completions";
    }

    static HttpClient httpClient(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1).build();
    }
}
