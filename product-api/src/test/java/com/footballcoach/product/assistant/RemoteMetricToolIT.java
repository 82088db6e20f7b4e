package com.footballcoach.product.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Remote mode with function calling (openai protocol) against an OkHttp MockWebServer playing the
 * model, and the real executor on the demo data: the model chooses the query, the backend runs it
 * in the caller's scope, and an answer whose numbers are not the executor's is replaced by the
 * local one.
 */
class RemoteMetricToolIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LOCAL = "You conceded 0 goals in the last 3 matches (local).";

    private static DemoFacts facts;
    private static MetricTool tool;
    private static String rivalPlayer;
    private MockWebServer server;

    @BeforeAll
    static void demoData() {
        JdbcClient jdbc = JdbcClient.create(DemoDatabase.dataSource());
        facts = new DemoFacts(jdbc, "Atlético Demo");
        TimedJdbc timed = new TimedJdbc(DemoDatabase.dataSource(), 5);
        MetricRepository metrics = new MetricRepository(timed);
        String owner = jdbc.sql("SELECT id FROM users WHERE email = 'owner@demo.club'").query(String.class).single();
        Roster roster = new RosterRepository(timed).load(List.of(facts.teamId), owner);
        tool = new MetricTool(roster, q -> metrics.run(q, List.of(facts.teamId)), LocalDate.now());
        rivalPlayer = jdbc.sql("""
                SELECT p.name FROM players p JOIN teams t ON t.id = p.team_id
                 WHERE t.name = 'Rival Athletic' ORDER BY p.name LIMIT 1""").query(String.class).single();
    }

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private RemoteLanguageModel model(String api) {
        LlmSettings settings = new LlmSettings("remote", server.url(api.equals("openai") ? "/" : "/generate").toString(),
                api, "llama3", "", 5, 0, 3, 60);
        return new RemoteLanguageModel(RemoteLanguageModel.httpClient(Duration.ofSeconds(2)), JSON, settings,
                new CircuitBreaker(3, Duration.ofSeconds(60), Clock.systemUTC()));
    }

    private static LanguageModel.Prompt prompt(String question) {
        return new LanguageModel.Prompt(LanguageModel.Prompt.SYSTEM_TOOLS, "LOCAL ANSWER:\n" + LOCAL, question);
    }

    private static MockResponse toolCall(String arguments) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode message = body.putArray("choices").addObject().putObject("message");
        message.put("role", "assistant");
        message.putNull("content");
        ObjectNode call = message.putArray("tool_calls").addObject();
        call.put("id", "call_1");
        call.put("type", "function");
        call.putObject("function").put("name", "query_metric").put("arguments", arguments);
        return json(body.toString());
    }

    private static MockResponse content(String text) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("choices").addObject().putObject("message").put("role", "assistant").put("content", text);
        return json(body.toString());
    }

    private static MockResponse json(String body) {
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json").setBody(body);
    }

    private int concededInLastThree() {
        return facts.last(3).stream().mapToInt(DemoFacts.Match::goalsAgainst).sum();
    }

    @Test
    void letsTheModelChooseTheQueryRunsItAndKeepsAnAnswerWordedFromTheResult() throws Exception {
        int conceded = concededInLastThree();
        String worded = "You conceded " + conceded + " goals in your last 3 matches.";
        server.enqueue(toolCall("{\"metric\":\"goals_against\",\"subject\":\"team\",\"operation\":\"total\","
                + "\"last_matches\":3}"));
        server.enqueue(content(worded));

        LanguageModel.Answer answer = model("openai").answerWithTools(prompt("How many goals did we let in lately?"),
                LOCAL, tool);

        assertThat(answer.text()).isEqualTo(worded);
        assertThat(answer.degraded()).isFalse();
        assertThat(answer.model()).isEqualTo("llama3");
        JsonNode first = JSON.readTree(server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8());
        JsonNode function = first.get("tools").get(0).get("function");
        assertThat(function.get("name").asString()).isEqualTo("query_metric");
        assertThat(function.get("parameters").get("properties").get("metric").get("enum").toString())
                .contains("goals_against", "minutes", "alerts", "decision_effect");
        JsonNode second = JSON.readTree(server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8());
        JsonNode toolMessage = second.get("messages").get(second.get("messages").size() - 1);
        assertThat(toolMessage.get("role").asString()).isEqualTo("tool");
        assertThat(toolMessage.get("tool_call_id").asString()).isEqualTo("call_1");
        JsonNode result = JSON.readTree(toolMessage.get("content").asString());
        assertThat(result.get("subjects").get(0).get("total").asString()).isEqualTo(String.valueOf(conceded));
        assertThat(result.get("subjects").get(0).get("rows")).hasSize(3);
        assertThat(second.get("messages").get(second.get("messages").size() - 2).get("tool_calls")).isNotNull();
        assertThat(second.has("tools")).isFalse();
    }

    @Test
    void replacesAnAnswerWhoseNumbersAreNotInTheResultByTheLocalAnswer() {
        server.enqueue(toolCall("{\"metric\":\"goals_against\",\"subject\":\"team\",\"operation\":\"total\","
                + "\"last_matches\":3}"));
        server.enqueue(content("You conceded " + (concededInLastThree() + 917) + " goals in your last 3 matches."));

        LanguageModel.Answer answer = model("openai").answerWithTools(prompt("How many goals did we concede?"), LOCAL,
                tool);

        assertThat(answer.text()).isEqualTo(LOCAL);
        assertThat(answer.degraded()).isTrue();
        assertThat(answer.model()).isEqualTo("local");
    }

    @Test
    void aModelThatAnswersWithoutTheToolIsHeldToTheLocalNumbers() {
        server.enqueue(content("You conceded 42 goals."));

        LanguageModel.Answer lying = model("openai").answerWithTools(prompt("How many goals did we concede?"), LOCAL,
                tool);

        assertThat(lying.text()).isEqualTo(LOCAL);
        assertThat(lying.degraded()).isTrue();
    }

    @Test
    void thePromptProtocolIsHeldToTheLocalNumbersToo() {
        server.enqueue(json("{\"status\":\"ok\",\"response\":\"You conceded 0 goals in the last 3 matches.\"}"));
        server.enqueue(json("{\"status\":\"ok\",\"response\":\"You conceded 58 goals in the last 3 matches.\"}"));

        LanguageModel.Answer honest = model("prompt").answerWithTools(prompt("How many goals did we concede?"), LOCAL,
                tool);
        LanguageModel.Answer lying = model("prompt").answerWithTools(prompt("How many goals did we concede?"), LOCAL,
                tool);

        assertThat(honest.text()).isEqualTo("You conceded 0 goals in the last 3 matches.");
        assertThat(honest.degraded()).isFalse();
        assertThat(lying.text()).isEqualTo(LOCAL);
        assertThat(lying.degraded()).isTrue();
    }

    @Test
    void toolArgumentsNamingAnotherClubsPlayerGetAnErrorAndNoRows() throws Exception {
        server.enqueue(toolCall("{\"metric\":\"minutes\",\"subject\":\"player\",\"operation\":\"total\","
                + "\"players\":[\"" + rivalPlayer + "\"]}"));
        server.enqueue(content("I could not find that player in your squads."));

        LanguageModel.Answer answer = model("openai").answerWithTools(prompt("Minutes of " + rivalPlayer + "?"), LOCAL,
                tool);

        assertThat(answer.text()).isEqualTo("I could not find that player in your squads.");
        server.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest second = server.takeRequest(1, TimeUnit.SECONDS);
        JsonNode messages = JSON.readTree(second.getBody().readUtf8()).get("messages");
        String toolContent = messages.get(messages.size() - 1).get("content").asString();
        assertThat(toolContent).contains("error", "no player").doesNotContain("rows");
    }

    @Test
    void malformedToolArgumentsGiveTheLocalAnswer() {
        server.enqueue(toolCall("not json at all"));

        LanguageModel.Answer answer = model("openai").answerWithTools(prompt("How many goals did we concede?"), LOCAL,
                tool);

        assertThat(answer.text()).isEqualTo(LOCAL);
        assertThat(answer.degraded()).isTrue();
    }
}
