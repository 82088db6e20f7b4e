package com.footballcoach.product.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Both remote protocols against a real HTTP server: request shape, and the local fallback on every failure. */
class RemoteLanguageModelTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LanguageModel.Prompt PROMPT = new LanguageModel.Prompt(LanguageModel.Prompt.SYSTEM,
            "### ANALYTICS ###\n1. Mateo Rivas: +3.2", "Who is improving?");
    private static final String LOCAL = "1. Mateo Rivas: +3.20";

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private RemoteLanguageModel model(String api, double timeoutSeconds, int retries, int breakerFailures) {
        LlmSettings settings = new LlmSettings("remote", server.url(api.equals("openai") ? "/" : "/generate").toString(),
                api, "llama3", api.equals("openai") ? "sk-test" : "", timeoutSeconds, retries, breakerFailures, 60);
        return new RemoteLanguageModel(RemoteLanguageModel.httpClient(Duration.ofSeconds(2)), JSON, settings,
                new CircuitBreaker(settings.breakerFailures(), Duration.ofSeconds(60), Clock.systemUTC()));
    }

    @Test
    void postsThePromptProtocolAndUsesTheResponse() throws Exception {
        server.enqueue(json("{\"status\":\"ok\",\"response\":\"Mateo Rivas is improving (+3.2).\"}"));

        LanguageModel.Answer answer = model("prompt", 5, 0, 3).answer(PROMPT, LOCAL);

        assertThat(answer.text()).isEqualTo("Mateo Rivas is improving (+3.2).");
        assertThat(answer.degraded()).isFalse();
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/generate");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        JsonNode body = JSON.readTree(request.getBody().readUtf8());
        assertThat(body.propertyNames()).containsExactly("prompt");
        assertThat(body.get("prompt").asString()).contains("source of truth", "### ANALYTICS ###", "QUESTION: Who is improving?");
    }

    @Test
    void postsOpenAiChatCompletionsWithModelKeyAndMessages() throws Exception {
        server.enqueue(json("{\"id\":\"c1\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                + "\"content\":\"Rivas leads.\"}}]}"));

        LanguageModel.Answer answer = model("openai", 5, 0, 3).answer(PROMPT, LOCAL);

        assertThat(answer.text()).isEqualTo("Rivas leads.");
        assertThat(answer.degraded()).isFalse();
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getPath()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer sk-test");
        JsonNode body = JSON.readTree(request.getBody().readUtf8());
        assertThat(body.get("model").asString()).isEqualTo("llama3");
        assertThat(body.get("messages").get(0).get("role").asString()).isEqualTo("system");
        assertThat(body.get("messages").get(0).get("content").asString()).contains("source of truth");
        assertThat(body.get("messages").get(1).get("role").asString()).isEqualTo("user");
        assertThat(body.get("messages").get(1).get("content").asString()).contains("### ANALYTICS ###", "Who is improving?");
    }

    @Test
    void fallsBackToTheLocalAnswerWhenTheModelTimesOut() {
        server.enqueue(json("{\"status\":\"ok\",\"response\":\"too late\"}").setHeadersDelay(3, TimeUnit.SECONDS));
        long started = System.nanoTime();

        LanguageModel.Answer answer = model("prompt", 0.5, 2, 3).answer(PROMPT, LOCAL);

        assertThat(answer.text()).isEqualTo(LOCAL);
        assertThat(answer.degraded()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void fallsBackWhenEitherProtocolAnswersMalformed() {
        server.enqueue(json("{\"status\":\"error\",\"response\":\"x\"}"));
        server.enqueue(json("not json at all"));
        server.enqueue(json("{\"choices\":[]}"));
        server.enqueue(json("{\"choices\":[{\"message\":{\"content\":42}}]}"));

        assertThat(model("prompt", 5, 0, 10).answer(PROMPT, LOCAL)).isEqualTo(new LanguageModel.Answer(LOCAL, true, "local"));
        assertThat(model("prompt", 5, 0, 10).answer(PROMPT, LOCAL).degraded()).isTrue();
        assertThat(model("openai", 5, 0, 10).answer(PROMPT, LOCAL).degraded()).isTrue();
        assertThat(model("openai", 5, 0, 10).answer(PROMPT, LOCAL).degraded()).isTrue();
    }

    @Test
    void retriesAServerErrorOnceThenSucceeds() {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(json("{\"status\":\"ok\",\"response\":\"second try\"}"));

        LanguageModel.Answer answer = model("prompt", 5, 1, 3).answer(PROMPT, LOCAL);

        assertThat(answer).isEqualTo(new LanguageModel.Answer("second try", false, "remote"));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void opensTheCircuitAfterRepeatedFailuresAndStopsCalling() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse().setResponseCode(500));
        }
        RemoteLanguageModel model = model("prompt", 5, 0, 2);

        model.answer(PROMPT, LOCAL);
        model.answer(PROMPT, LOCAL);
        LanguageModel.Answer third = model.answer(PROMPT, LOCAL);

        assertThat(third.degraded()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void findsTheChatCompletionsPathUnderAnyBaseUrl() {
        assertThat(RemoteLanguageModel.chatUrl("http://h:11434")).isEqualTo("http://h:11434/v1/chat/completions");
        assertThat(RemoteLanguageModel.chatUrl("http://h:8000/v1/")).isEqualTo("http://h:8000/v1/chat/completions");
        assertThat(RemoteLanguageModel.chatUrl("https://api.openai.com/v1/chat/completions"))
                .isEqualTo("https://api.openai.com/v1/chat/completions");
    }

    private static MockResponse json(String body) {
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json").setBody(body);
    }
}
