package com.footballcoach.product.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.product.ProductApiApplication;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * Real questions against the demo data in local mode, over HTTP, as the demo head coach: the
 * answers docs/assistant.md shows, and the latency of {@code /api/assistant/query}.
 */
@SpringBootTest(classes = ProductApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + ProductApiApplication.CONFIG_NAME)
@ContextConfiguration(initializers = DemoDatabaseInitializer.class)
class AssistantDemoIT {

    static final List<String> QUESTIONS = List.of(
            "Which players are improving their sprint intensity?",
            "Who was our best player in the last match?",
            "What is our best pressing formation?",
            "How did Mateo Rivas play in the last 5 matches?",
            "What is gegenpressing?",
            "How did we do against Harbour United?");

    @LocalServerPort
    int port;

    @Test
    void answersRealQuestionsAboutTheDemoClubFromItsData() {
        HttpApi api = new HttpApi(port);
        String coach = api.login("coach@demo.club", "DemoCoach2026!");
        List<JsonNode> answers = new ArrayList<>();
        for (String question : QUESTIONS) {
            HttpApi.Response response = api.postJson("/api/assistant/query", Map.of("question", question), coach);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            answers.add(response.json());
            System.out.println("Q: " + question + "\nintent: " + response.json().get("intent").asString()
                    + "\nA: " + response.json().get("answer").asString() + "\n");
        }
        assertThat(answers).allSatisfy(a -> assertThat(a.get("status").asString()).isEqualTo("ok"));
        assertThat(answers.get(0).get("answer").asString()).contains("Top improving players", "fewer than 10");
        assertThat(answers.get(1).get("analytics").get("last_matches").asInt()).isEqualTo(1);
        assertThat(answers.get(2).get("analytics").get("kind").asString()).isEqualTo("pressing_formations");
        assertThat(answers.get(3).get("answer").asString()).contains("Mateo Rivas (#8");
        assertThat(answers.get(4).get("intent").asString()).isEqualTo("tactical_knowledge");
        assertThat(answers.get(5).get("answer").asString()).contains("Harbour United");

        String rival = api.login("rival@demo.club", "DemoRival2026!");
        JsonNode rivalAnswer = api.postJson("/api/assistant/query",
                Map.of("question", "How did Mateo Rivas play?"), rival).json();
        assertThat(rivalAnswer.toString()).doesNotContain("Mateo Rivas (#8", "Atlético Demo");
    }

    /** The questions of issue 22, each answered as asked: the fact first, then the evidence. */
    @Test
    void answersTheQuestionsAsAskedFactFirst() {
        HttpApi api = new HttpApi(port);
        String coach = api.login("coach@demo.club", "DemoCoach2026!");
        Map<String, JsonNode> answers = new java.util.LinkedHashMap<>();
        for (String question : List.of("How many goals did we concede in the last 3 matches?",
                "Who played the most minutes over the last 5 matches?",
                "Which player covered the most distance in the last match?",
                "Who should start as striker next match?", "What did we do wrong in the last match?",
                "Which of their players should we man-mark?")) {
            HttpApi.Response response = api.postJson("/api/assistant/query", Map.of("question", question), coach);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            answers.put(question, response.json());
            System.out.println("Q: " + question + "\nintent: " + response.json().get("intent").asString()
                    + "\nA: " + response.json().get("answer").asString() + "\n");
        }
        JsonNode conceded = answers.get("How many goals did we concede in the last 3 matches?");
        assertThat(conceded.get("intent").asString()).isEqualTo("metric");
        assertThat(conceded.get("answer").asString()).startsWith("You conceded ").contains("in the last 3 matches: ");
        assertThat(conceded.get("metric").get("metric").asString()).isEqualTo("goals_against");
        assertThat(conceded.get("metric").get("subjects").get(0).get("rows")).hasSize(3);
        assertThat(conceded.get("sources").toString()).contains("\"match\"");
        assertThat(answers.get("Who played the most minutes over the last 5 matches?").get("answer").asString())
                .contains("played the most minutes in the last 5 matches: ");
        assertThat(answers.get("Which player covered the most distance in the last match?").get("answer").asString())
                .contains("covered the most distance in the last match: ").contains(" km");
        assertThat(answers.get("Who should start as striker next match?").get("answer").asString())
                .startsWith("On recent form, ").contains("is the forward to start", "ranking of your forwards");
        assertThat(answers.get("What did we do wrong in the last match?").get("intent").asString()).isEqualTo("review");
        assertThat(answers.get("Which of their players should we man-mark?").get("answer").asString())
                .startsWith("I can't answer that from the club's data").contains("Closest questions I can answer");
    }

    @Test
    void measuresTheLatencyOfLocalAnswers() {
        HttpApi api = new HttpApi(port);
        String coach = api.login("coach@demo.club", "DemoCoach2026!");
        for (int i = 0; i < 12; i++) {
            api.postJson("/api/assistant/query", Map.of("question", QUESTIONS.get(i % QUESTIONS.size())), coach);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long started = System.nanoTime();
            HttpApi.Response response = api.postJson("/api/assistant/query",
                    Map.of("question", QUESTIONS.get(i % QUESTIONS.size())), coach);
            micros.add((System.nanoTime() - started) / 1000);
            assertThat(response.status()).isEqualTo(200);
        }
        Collections.sort(micros);
        long p50 = micros.get(micros.size() / 2);
        long p99 = micros.get((int) Math.ceil(micros.size() * 0.99) - 1);
        System.out.printf("assistant latency over %d local-mode queries: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                micros.size(), p50 / 1000.0, p99 / 1000.0, micros.get(micros.size() - 1) / 1000.0);
        assertThat(p99).isLessThan(2_000_000);
    }
}
