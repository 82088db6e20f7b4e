package com.footballcoach.analysis.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.analysis.AnalysisApiTest;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.LiveFixtures;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.platform.testing.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code DELETE /api/analysis/{id}/segments} and {@code DELETE /api/matches/{id}/segments} over
 * real HTTP on the real database: exactly the caller's segments go, everything else stays.
 */
@AnalysisApiTest
class SegmentDeletionIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpApi api;
    TestAccounts.Club club;
    String match;
    String first;
    String second;
    String elsewhere;

    @BeforeEach
    void runsWithSegments() {
        api = new HttpApi(port);
        club = TestAccounts.newClub();
        match = TestAccounts.newMatch(club);
        first = run(match, "COMPLETED", 2);
        second = run(match, "FAILED", 3);
        elsewhere = run(UUID.randomUUID().toString(), "COMPLETED", 4);
        LiveFixtures.newAlert(match, "A-" + UUID.randomUUID(), 20, 0.7);
    }

    @Test
    void deletesExactlyTheSegmentsOfOneRunAndZeroesItsReportCount() {
        report(first, 2);
        report(second, 3);

        HttpApi.Response deleted = api.delete("/api/analysis/" + first + "/segments", login(club.coachEmail()));

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().get("analysis_id").asString()).isEqualTo(first);
        assertThat(deleted.json().get("deleted").asInt()).isEqualTo(2);
        assertThat(segments(first)).isZero();
        assertThat(segments(second)).isEqualTo(3);
        assertThat(segments(elsewhere)).isEqualTo(4);
        assertThat(reportCount(first)).isZero();
        assertThat(reportCount(second)).isEqualTo(3);
        // the run, its alerts and the GET stay consistent
        assertThat(runExists(first)).isTrue();
        assertThat(alerts(match)).isEqualTo(1);
        JsonNode after = api.get("/api/analysis/" + first + "/segments", login(club.coachEmail())).json();
        assertThat(after.get("count").asInt()).isZero();
        // deleting again deletes nothing
        assertThat(api.delete("/api/analysis/" + first + "/segments", login(club.coachEmail())).json()
                .get("deleted").asInt()).isZero();
    }

    @Test
    void deletesTheSegmentsOfEveryRunOfTheMatchAndNothingElse() {
        HttpApi.Response deleted = api.delete("/api/matches/" + match + "/segments", login(club.ownerEmail()));

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().get("match_id").asString()).isEqualTo(match);
        assertThat(deleted.json().get("deleted").asInt()).isEqualTo(5);
        assertThat(segments(first)).isZero();
        assertThat(segments(second)).isZero();
        assertThat(segments(elsewhere)).isEqualTo(4);
        assertThat(alerts(match)).isEqualTo(1);
        assertThat(api.get("/api/matches/" + match + "/segments", login(club.ownerEmail())).json().get("count")
                .asInt()).isZero();
    }

    @Test
    void deletesTheSegmentsOfAnAdHocMatchKeyOfTheCallersRuns() {
        String key = jdbc.sql("SELECT match_id FROM analysis_runs WHERE id = :id").param("id", elsewhere)
                .query(String.class).single();

        HttpApi.Response deleted = api.delete("/api/matches/" + key + "/segments", login(club.assistantEmail()));

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().get("deleted").asInt()).isEqualTo(4);
        assertThat(segments(elsewhere)).isZero();
        assertThat(segments(first)).isEqualTo(2);
    }

    @Test
    void hidesAnotherClubsRunsAndMatchesWith404AndChangesNothing() {
        TestAccounts.Club other = TestAccounts.newClub();
        String foreign = login(other.coachEmail());

        HttpApi.Response byRun = api.delete("/api/analysis/" + first + "/segments", foreign);
        HttpApi.Response byMatch = api.delete("/api/matches/" + match + "/segments", foreign);

        assertThat(byRun.status()).isEqualTo(404);
        assertThat(byRun.json().get("detail").asString()).isEqualTo("Analysis not found.");
        assertThat(byMatch.status()).isEqualTo(404);
        assertThat(byMatch.json().get("detail").asString()).isEqualTo("Match not found.");
        assertThat(segments(first)).isEqualTo(2);
        assertThat(segments(second)).isEqualTo(3);
    }

    @Test
    void refusesRolesWithoutFootballWriteWith403AndChangesNothing() {
        for (String email : new String[] {club.analystEmail(), club.playerEmail()}) {
            String token = login(email);
            assertThat(api.delete("/api/analysis/" + first + "/segments", token).status()).as(email).isEqualTo(403);
            assertThat(api.delete("/api/matches/" + match + "/segments", token).status()).as(email).isEqualTo(403);
        }
        assertThat(api.delete("/api/analysis/" + first + "/segments", null).status()).isEqualTo(401);
        assertThat(segments(first)).isEqualTo(2);
        assertThat(segments(second)).isEqualTo(3);
    }

    @Test
    void answersAnUnknownIdWith404() {
        String token = login(club.coachEmail());

        HttpApi.Response byRun = api.delete("/api/analysis/" + UUID.randomUUID() + "/segments", token);
        HttpApi.Response byMatch = api.delete("/api/matches/" + UUID.randomUUID() + "/segments", token);

        assertThat(byRun.status()).isEqualTo(404);
        assertThat(byRun.isProblem()).isTrue();
        assertThat(byMatch.status()).isEqualTo(404);
        assertThat(byMatch.isProblem()).isTrue();
        assertThat(api.delete("/api/analysis/not%20an%20id/segments", token).status()).isEqualTo(404);
    }

    @Test
    void refusesWhileARunOfTheMatchIsStillRunningWith409() {
        String running = run(match, "PROCESSING", 1);
        String token = login(club.coachEmail());

        HttpApi.Response byRun = api.delete("/api/analysis/" + running + "/segments", token);
        HttpApi.Response byMatch = api.delete("/api/matches/" + match + "/segments", token);

        assertThat(byRun.status()).isEqualTo(409);
        assertThat(byRun.isProblem()).isTrue();
        assertThat(byMatch.status()).isEqualTo(409);
        assertThat(segments(running)).isEqualTo(1);
        assertThat(segments(first)).isEqualTo(2);
        assertThat(segments(second)).isEqualTo(3);
    }

    @Test
    void neverHandsADeletedSegmentsSequenceNumberOutAgain() {
        long highest = jdbc.sql("SELECT MAX(seq) FROM analysis_segments WHERE analysis_id = :run")
                .param("run", first).query(Long.class).single();
        assertThat(api.delete("/api/analysis/" + first + "/segments", login(club.coachEmail())).status())
                .isEqualTo(200);

        LiveFixtures.newSegment(first, match, 0, 0.5);

        // an SSE client that saw `highest` (Last-Event-ID) replays the new segment: its seq is greater
        long next = jdbc.sql("SELECT seq FROM analysis_segments WHERE analysis_id = :run")
                .param("run", first).query(Long.class).single();
        assertThat(next).isGreaterThan(highest);
    }

    private String run(String matchKey, String status, int segmentCount) {
        String run = LiveFixtures.newRun(club, matchKey, status);
        for (int i = 0; i < segmentCount; i++) {
            LiveFixtures.newSegment(run, matchKey, i, 0.4 + i / 10.0);
        }
        return run;
    }

    private void report(String run, int segmentCount) {
        jdbc.sql("""
                INSERT INTO analysis_reports (id, match_id, analysis_id, report_type, title, status, report_data)
                SELECT :id, match_id, id, 'analysis', 'Analysis', 'COMPLETED', :data FROM analysis_runs WHERE id = :run
                """).param("id", UUID.randomUUID().toString()).param("run", run)
                .param("data", "{\"analysis_id\": \"" + run + "\", \"segments\": " + segmentCount + "}").update();
    }

    private int reportCount(String run) {
        return jdbc.sql("SELECT JSON_EXTRACT(report_data, '$.segments') FROM analysis_reports WHERE analysis_id = :run")
                .param("run", run).query(Integer.class).single();
    }

    private int segments(String run) {
        return jdbc.sql("SELECT COUNT(*) FROM analysis_segments WHERE analysis_id = :run").param("run", run)
                .query(Integer.class).single();
    }

    private int alerts(String matchKey) {
        return jdbc.sql("SELECT COUNT(*) FROM tactical_alerts WHERE match_id = :match").param("match", matchKey)
                .query(Integer.class).single();
    }

    private boolean runExists(String run) {
        return jdbc.sql("SELECT COUNT(*) FROM analysis_runs WHERE id = :run").param("run", run)
                .query(Integer.class).single() == 1;
    }

    private String login(String email) {
        return TestTokens.of(email);
    }
}
