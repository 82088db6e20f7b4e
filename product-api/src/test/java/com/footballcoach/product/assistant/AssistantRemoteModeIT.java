package com.footballcoach.product.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.product.ProductApiApplication;
import java.io.IOException;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole app in remote mode ({@code LLM_API=openai}) over HTTP, with a MockWebServer as the
 * model: a metric question goes through the tool, a lying model's answer is replaced by the local
 * one, and the older intents are held to their context's numbers as well.
 */
@SpringBootTest(classes = ProductApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + ProductApiApplication.CONFIG_NAME)
@ContextConfiguration(initializers = DemoDatabaseInitializer.class)
class AssistantRemoteModeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MockWebServer MODEL = new MockWebServer();

    static {
        try {
            MODEL.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void remoteModel(DynamicPropertyRegistry registry) {
        registry.add("coach.llm.mode", () -> "remote");
        registry.add("coach.llm.api", () -> "openai");
        registry.add("coach.llm.model", () -> "mock-model");
        registry.add("coach.llm.remote-url", () -> MODEL.url("/").toString());
        registry.add("coach.llm.retries", () -> 0);
        registry.add("coach.llm.breaker-failures", () -> 100);
    }

    @AfterAll
    static void stop() throws IOException {
        MODEL.shutdown();
    }

    @LocalServerPort
    int port;

    private static MockResponse toolCall(String arguments) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode message = body.putArray("choices").addObject().putObject("message");
        message.put("role", "assistant");
        message.putNull("content");
        ObjectNode call = message.putArray("tool_calls").addObject();
        call.put("id", "call_7");
        call.put("type", "function");
        call.putObject("function").put("name", "query_metric").put("arguments", arguments);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body.toString());
    }

    private static MockResponse content(String text) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("choices").addObject().putObject("message").put("role", "assistant").put("content", text);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body.toString());
    }

    private JsonNode ask(String question) {
        HttpApi api = new HttpApi(port);
        String coach = api.login("coach@demo.club", "DemoCoach2026!");
        HttpApi.Response response = api.postJson("/api/assistant/query", Map.of("question", question), coach);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void keepsAToolGroundedAnswerAndReplacesALyingOne() throws Exception {
        String arguments = "{\"metric\":\"goals_against\",\"subject\":\"team\",\"operation\":\"total\",\"last_matches\":3}";
        MODEL.enqueue(toolCall(arguments));
        MODEL.enqueue(content("In your last 3 matches you let in 0 goals at home and the rest away."));
        JsonNode honest = ask("How many goals did we concede in the last 3 matches?");
        MODEL.takeRequest();
        String toolResult = JSON.readTree(MODEL.takeRequest().getBody().readUtf8()).get("messages").toString();

        MODEL.enqueue(toolCall(arguments));
        MODEL.enqueue(content("You conceded 731 goals in the last 3 matches."));
        JsonNode lying = ask("How many goals did we concede in the last 3 matches?");
        MODEL.takeRequest();
        MODEL.takeRequest();

        assertThat(toolResult).contains("call_7", "goals_against");
        assertThat(honest.get("answer").asString()).startsWith("In your last 3 matches");
        assertThat(honest.get("model").asString()).isEqualTo("mock-model");
        assertThat(honest.has("degraded")).isFalse();
        assertThat(lying.get("answer").asString()).startsWith("You conceded ").doesNotContain("731");
        assertThat(lying.get("degraded").asBoolean()).isTrue();
        assertThat(lying.get("metric").get("metric").asString()).isEqualTo("goals_against");
    }

    @Test
    void holdsTheOlderIntentsToTheNumbersOfTheirContext() throws Exception {
        MODEL.enqueue(content("Gegenpressing wins the ball back within 6 seconds in 83% of cases."));
        JsonNode lying = ask("What is gegenpressing?");
        MODEL.takeRequest();
        MODEL.enqueue(content("Gegenpressing means pressing straight after losing the ball."));
        JsonNode honest = ask("What is gegenpressing?");
        MODEL.takeRequest();

        assertThat(lying.get("answer").asString()).startsWith("Gegenpressing: Pressing immediately");
        assertThat(lying.get("degraded").asBoolean()).isTrue();
        assertThat(honest.get("answer").asString()).isEqualTo("Gegenpressing means pressing straight after losing the ball.");
        assertThat(honest.has("degraded")).isFalse();
    }
}
