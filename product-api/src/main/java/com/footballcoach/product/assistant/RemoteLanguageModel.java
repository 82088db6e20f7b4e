package com.footballcoach.product.assistant;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        String body = exchange(openai ? chat(prompt) : single(prompt));
        String text = openai ? chatText(body) : promptText(body);
        if (text == null || text.isBlank()) {
            throw new RemoteFailure("malformed response", false);
        }
        return text.strip();
    }

    /** One POST to the model, its body as text; a non-200 answer or a transport error is a failure. */
    private String exchange(ObjectNode payload) throws RemoteFailure {
        boolean openai = settings.api().equals("openai");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(openai ? chatUrl(settings.remoteUrl()) : settings.remoteUrl()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(payload), StandardCharsets.UTF_8));
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
        return response.body();
    }

    private String exchangeWithRetries(ObjectNode payload) throws RemoteFailure {
        for (int attempt = 0; ; attempt++) {
            try {
                return exchange(payload);
            } catch (RemoteFailure e) {
                if (!e.retryable || attempt >= settings.retries()) {
                    throw e;
                }
                log.info("Remote model attempt {} failed ({}); retrying", attempt + 1, e.getMessage());
            }
        }
    }

    /**
     * The openai protocol with the metric catalogue as a tool: the model may call
     * {@value MetricTool#NAME} (up to 3 calls), the backend runs each query in the caller's scope
     * and sends the result back, and the model words the answer. The answer is kept only if every
     * number in it is in a tool result, the question or the local answer; otherwise the local
     * answer replaces it ({@code degraded}). The prompt protocol has no tools: the default applies.
     */
    @Override
    public Answer answerWithTools(Prompt prompt, String localAnswer, MetricTool tool) {
        if (!settings.api().equals("openai")) {
            return LanguageModel.super.answerWithTools(prompt, localAnswer, tool);
        }
        if (!breaker.allows()) {
            return new Answer(localAnswer, true, "local");
        }
        List<String> grounds = new ArrayList<>(List.of(localAnswer, prompt.question()));
        String text;
        try {
            ObjectNode body = chat(prompt);
            body.putArray("tools").add(tool.definition(json));
            body.put("tool_choice", "auto");
            JsonNode message = message(exchangeWithRetries(body));
            JsonNode calls = message.get("tool_calls");
            if (calls != null && calls.isArray() && !calls.isEmpty()) {
                ArrayNode messages = (ArrayNode) body.get("messages");
                messages.add(message);
                int n = 0;
                for (JsonNode call : calls) {
                    if (++n > 3) {
                        throw new RemoteFailure("more than 3 tool calls", false);
                    }
                    messages.addObject().put("role", "tool").put("tool_call_id", text(call.get("id")) == null ? ""
                            : text(call.get("id"))).put("content", runTool(call, tool, grounds));
                }
                body.remove("tools");
                body.remove("tool_choice");
                message = message(exchangeWithRetries(body));
            }
            text = text(message.get("content"));
            if (text == null || text.isBlank()) {
                throw new RemoteFailure("malformed response", false);
            }
            breaker.succeeded();
        } catch (RemoteFailure e) {
            breaker.failed();
            log.warn("Remote model failed ({}); answering locally", e.getMessage());
            return new Answer(localAnswer, true, "local");
        }
        if (!MetricTool.grounded(text, grounds)) {
            log.warn("Remote model answer has numbers that are not in the query results; answering locally");
            return new Answer(localAnswer, true, "local");
        }
        return new Answer(text.strip(), false, settings.model());
    }

    private String runTool(JsonNode call, MetricTool tool, List<String> grounds) throws RemoteFailure {
        JsonNode function = call.get("function");
        if (function == null || !MetricTool.NAME.equals(text(function.get("name")))) {
            throw new RemoteFailure("unknown tool call", false);
        }
        String arguments = text(function.get("arguments"));
        JsonNode args = arguments == null ? null : parse(arguments);
        if (args == null) {
            throw new RemoteFailure("malformed tool arguments", false);
        }
        try {
            String result = tool.result(tool.run(tool.query(args)), json).toString();
            grounds.add(result);
            return result;
        } catch (IllegalArgumentException e) {
            ObjectNode error = json.createObjectNode();
            error.put("error", e.getMessage());
            return error.toString();
        }
    }

    private JsonNode message(String body) throws RemoteFailure {
        JsonNode node = parse(body);
        JsonNode choices = node == null ? null : node.get("choices");
        if (choices == null || !choices.isArray() || choices.isEmpty() || choices.get(0).get("message") == null
                || !choices.get(0).get("message").isObject()) {
            throw new RemoteFailure("malformed response", false);
        }
        return choices.get(0).get("message");
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
