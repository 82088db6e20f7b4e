package com.footballcoach.analysis.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.analysis.AnalysisApiTest;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.platform.testing.TestTokens;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The analysis history is whole without {@code limit}/{@code offset} (a club with more runs than
 * one page sees them all), and a page carries {@code X-Total-Count} and {@code Link} when asked.
 */
@AnalysisApiTest
class AnalysisHistoryIT {

    private static final int RUNS = 130;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpApi api;
    String token;
    List<String> newestFirst;

    @BeforeEach
    void aClubWithManyRuns() {
        api = new HttpApi(port);
        TestAccounts.Club club = TestAccounts.newClub();
        token = TestTokens.of(club.ownerEmail());
        String match = TestAccounts.newMatch(club);
        newestFirst = new ArrayList<>();
        LocalDateTime first = LocalDateTime.of(2026, 1, 1, 12, 0);
        for (int i = 0; i < RUNS; i++) {
            String id = UUID.randomUUID().toString();
            newestFirst.add(0, id);
            jdbc.sql("""
                    INSERT INTO analysis_runs (id, match_id, team_id, user_id, input_video_path, status, submitted_at)
                    VALUES (:id, :match, :team, :user, 'old.mp4', 'COMPLETED', :at)
                    """).param("id", id).param("match", match).param("team", club.teamId())
                    .param("user", club.ownerId()).param("at", first.plusMinutes(i)).update();
        }
    }

    @Test
    void answersEveryRunOfTheClubWithoutALimit() {
        HttpApi.Response history = api.get("/api/analysis_history", token);

        assertThat(history.status()).isEqualTo(200);
        assertThat(ids(history.json())).isEqualTo(newestFirst);
        assertThat(history.header("X-Total-Count")).isNull();
    }

    @Test
    void pagesTheHistoryWithItsTotalAndLinks() {
        HttpApi.Response page = api.get("/api/analysis_history?status=completed&limit=50&offset=50", token);

        assertThat(ids(page.json())).isEqualTo(newestFirst.subList(50, 100));
        assertThat(page.header("X-Total-Count")).isEqualTo(String.valueOf(RUNS));
        assertThat(page.header("Link"))
                .contains("status=completed&limit=50&offset=100>; rel=\"next\"")
                .contains("status=completed&limit=50&offset=0>; rel=\"prev\"");
        assertThat(api.get("/api/analysis_history?limit=0", token).status()).isEqualTo(422);
    }

    private static List<String> ids(JsonNode runs) {
        List<String> ids = new ArrayList<>();
        runs.forEach(run -> ids.add(run.get("analysis_id").asString()));
        return ids;
    }
}
