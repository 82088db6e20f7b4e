package com.footballcoach.product.assistant;

import static com.footballcoach.platform.testing.TestAccounts.execute;
import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.product.ProductApiTest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The assistant over real HTTP on the shared test database, with clubs of its own. */
@ProductApiTest
class AssistantApiIT {

    @LocalServerPort
    int port;

    private HttpApi api;

    /** A club with a team that played 12 matches, three players with statistics in each. */
    record Fixture(TestAccounts.Club club, List<String> playerIds, List<String> playerNames, String opponentId) {
    }

    @BeforeEach
    void api() {
        api = new HttpApi(port);
    }

    static Fixture club(String surname, int firstSprints, int sprintStep) {
        TestAccounts.Club club = TestAccounts.newClub();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String opponent = UUID.randomUUID().toString();
        execute("INSERT INTO teams (id, name, user_id) VALUES (?, ?, ?)", opponent, "Opponent " + tag, club.ownerId());
        String formation = UUID.randomUUID().toString();
        execute("INSERT INTO formations (id, name, description, user_id) VALUES (?, ?, 'test shape', ?)", formation,
                "4-3-3-" + tag, club.ownerId());
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String[] first = {"Quentin", "Ignatius", "Bartholomew"};
        for (int p = 0; p < 3; p++) {
            String id = UUID.randomUUID().toString();
            String name = first[p] + " " + surname + (p == 0 ? "" : p);
            execute("INSERT INTO players (id, team_id, name, position, jersey_number) VALUES (?, ?, ?, 'MID', ?)",
                    id, club.teamId(), name, 10 + p);
            ids.add(id);
            names.add(name);
        }
        for (int m = 0; m < 12; m++) {
            String match = UUID.randomUUID().toString();
            execute("""
                    INSERT INTO matches (id, home_team_id, away_team_id, date_time, status, home_score, away_score)
                    VALUES (?, ?, ?, ?, 'completed', ?, 1)""", match, club.teamId(), opponent,
                    LocalDateTime.of(2026, 1, 1, 18, 0).plusWeeks(m), m % 3);
            execute("""
                    INSERT INTO match_team_statistics (id, match_id, team_id, possession_percentage, expected_goals,
                      total_shots, pressures) VALUES (?, ?, ?, 55.5, 1.4, 12, 140)""", UUID.randomUUID().toString(),
                    match, club.teamId());
            for (int p = 0; p < 3; p++) {
                execute("""
                        INSERT INTO match_lineups (id, match_id, team_id, formation_id, player_id, is_starting)
                        VALUES (?, ?, ?, ?, ?, TRUE)""", UUID.randomUUID().toString(), match, club.teamId(), formation,
                        ids.get(p));
                execute("""
                        INSERT INTO player_match_statistics (id, match_id, player_id, minutes_played, sprint_count,
                          rating, pressures, shots, passes, tackles, distance_covered_km)
                        VALUES (?, ?, ?, 90, ?, ?, ?, 2, 40, 3, 10.5)""", UUID.randomUUID().toString(), match,
                        ids.get(p), firstSprints + sprintStep * m * (p == 0 ? 1 : -1), 6.0 + p * 0.5, 10 + p);
            }
        }
        return new Fixture(club, ids, names, opponent);
    }

    private JsonNode ask(String token, String question) {
        HttpApi.Response response = api.postJson("/api/assistant/query", Map.of("question", question), token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void answersFromTheCallersClubWithSqlNumbersAndSources() {
        Fixture fixture = club("Zanzibarov", 10, 1);
        String token = api.login(fixture.club().coachEmail(), TestAccounts.PASSWORD);

        JsonNode answer = ask(token, "Which players are improving their sprint intensity?");

        assertThat(answer.get("status").asString()).isEqualTo("ok");
        assertThat(answer.get("intent").asString()).isEqualTo("analytical");
        assertThat(answer.get("answer").asString()).contains("Quentin Zanzibarov", "+5.00");
        assertThat(answer.get("analytics").get("rows").get(0).get("subject_id").asString())
                .isEqualTo(fixture.playerIds().get(0));
        assertThat(answer.get("sources").valueStream().map(s -> s.get("type").asString())).contains("player", "insight");
        assertThat(answer.has("degraded")).isFalse();
    }

    @Test
    void neverShowsAnotherClubsPlayersToOwnersOrStaff() {
        Fixture mine = club("Okonkwo", 12, 1);
        Fixture theirs = club("Vasquezova", 30, 2);
        for (String email : List.of(mine.club().ownerEmail(), mine.club().coachEmail(), mine.club().playerEmail())) {
            String token = api.login(email, TestAccounts.PASSWORD);
            for (String question : List.of("How did Quentin Vasquezova play?", "stats for number 10",
                    "Which players are improving their sprint intensity?", "Who was our best player in the last 5 matches?",
                    "What is our best pressing formation?", "How did we do in the last match?",
                    "Who played the most minutes over the last 5 matches?", "How many goals did Quentin Vasquezova score?",
                    "How many sprints did number 10 make this season?", "Who should start in midfield?",
                    "How many shots did our opponents have?", "What did we do wrong in the last match?")) {
                JsonNode answer = ask(token, question);
                String body = answer.toString();
                theirs.playerIds().forEach(id -> assertThat(body).as(email + ": " + question).doesNotContain(id));
                assertThat(body).as(email + ": " + question).doesNotContain("Vasquezova", theirs.club().teamId());
            }
        }
        String staffToken = api.login(mine.club().coachEmail(), TestAccounts.PASSWORD);
        JsonNode own = ask(staffToken, "How did Quentin Okonkwo play?");
        assertThat(own.get("intent").asString()).isEqualTo("player_stats");
        assertThat(own.get("sources").toString()).contains(mine.playerIds().get(0));
        assertThat(own.get("answer").asString()).contains("Quentin Okonkwo", "last 5 matches").doesNotContain("Vasquezova");
    }

    @Test
    void refusesAnotherClubsTeamAndBadQuestionsWithTheErrorShape() {
        Fixture mine = club("Lindqvistson", 10, 1);
        Fixture theirs = club("Petrovsky", 10, 1);
        String token = api.login(mine.club().ownerEmail(), TestAccounts.PASSWORD);

        HttpApi.Response foreign = api.postJson("/api/assistant/query",
                Map.of("question", "team summary", "team_id", theirs.club().teamId()), token);
        HttpApi.Response empty = api.postJson("/api/assistant/query", Map.of("question", "  "), token);
        HttpApi.Response tooLong = api.postJson("/api/assistant/query", Map.of("question", "a".repeat(2001)), token);
        HttpApi.Response malformed = api.postJson("/api/assistant/query", "{not json", token);

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().get("status").asString()).isEqualTo("error");
        assertThat(foreign.json().get("answer").asString()).isEqualTo(foreign.json().get("message").asString())
                .isEqualTo("Team not found.");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("answer").asString()).contains("between 1 and 2000");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("answer").asString()).isNotBlank();
        assertThat(api.postJson("/api/assistant/query", Map.of("question", "hi"), null).status()).isEqualTo(401);
    }

    @Test
    void switchesToAnalysisModeForEveryoneAndOnlyOwnersAndCoachesMaySwitch() {
        Fixture fixture = club("Moderson", 10, 1);
        String owner = api.login(fixture.club().ownerEmail(), TestAccounts.PASSWORD);
        String player = api.login(fixture.club().playerEmail(), TestAccounts.PASSWORD);
        String coach = api.login(fixture.club().coachEmail(), TestAccounts.PASSWORD);
        try {
            HttpApi.Response switched = api.postJson("/api/assistant/mode", Map.of("mode", "analysis"), owner);

            assertThat(switched.status()).isEqualTo(200);
            assertThat(switched.json().get("mode").asString()).isEqualTo("analysis");
            assertThat(api.get("/api/assistant/mode", player).json().get("mode").asString()).isEqualTo("analysis");
            JsonNode answer = ask(player, "How did we do in the last match?");
            assertThat(answer.get("status").asString()).isEqualTo("analysis_mode");
            assertThat(answer.get("message").asString()).isEqualTo("Assistant unavailable during live match analysis.");
            assertThat(api.postJson("/api/assistant/mode", Map.of("mode", "assistant"), player).status()).isEqualTo(403);
            assertThat(api.postJson("/api/assistant/mode", Map.of("mode", "party"), coach).status()).isEqualTo(422);
            assertThat(api.postJson("/api/assistant/mode", Map.of("mode", "assistant"), coach).status()).isEqualTo(200);
            assertThat(ask(player, "How did we do in the last match?").get("status").asString()).isEqualTo("ok");
        } finally {
            api.postJson("/api/assistant/mode", Map.of("mode", "assistant"), owner);
        }
    }
}
