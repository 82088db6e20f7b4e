package com.footballcoach.product.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.alerts.AlertIngest;
import com.footballcoach.platform.alerts.AlertReport;
import com.footballcoach.platform.alerts.StoredAlert;
import com.footballcoach.platform.analysis.RunFinished;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.LiveFixtures;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.product.ProductApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tactical alerts over HTTP on the real database, alerts fed through the ingest the run worker calls. */
@ProductApiTest
class TacticalAlertsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AlertIngest ingest;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    HttpApi api;
    TestAccounts.Club club;
    String match;
    String coach;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        club = TestAccounts.newClub();
        match = TestAccounts.newMatch(club);
        coach = api.login(club.coachEmail(), TestAccounts.PASSWORD);
    }

    private StoredAlert alert(String id, double matchTime, double severity, String type) {
        return ingest.ingest(match, null, new AlertReport(id, String.format("%02d:%02d", (int) matchTime / 60,
                (int) matchTime % 60), severity, severity >= 0.7 ? "HIGH" : "MEDIUM", "PRESSING", type, "ACTIVE",
                "Press higher", 30, 1, "{\"decision_id\":\"D-" + id + "\",\"match_time\":" + matchTime + "}"));
    }

    private HttpApi.Response feedback(String token, String decision, String action, Object matchId) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision_id", decision);
        body.put("action", action);
        body.put("match_id", matchId);
        return api.postJson("/api/decision/feedback", body, token);
    }

    private JsonNode history() {
        HttpApi.Response response = api.get("/api/matches/" + match + "/alerts", coach);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private JsonNode historyEntry(String alertId) {
        for (JsonNode a : history()) {
            if (a.get("alert_id").asString().equals(alertId)) {
                return a;
            }
        }
        throw new AssertionError("no alert " + alertId);
    }

    private boolean suppressed(String alertId) {
        return jdbc.sql("SELECT suppressed FROM tactical_alerts WHERE match_id = :m AND alert_id = :a")
                .param("m", match).param("a", alertId).query(Boolean.class).single();
    }

    @Test
    void ingestIsIdempotentPerMatchAndAlertIdAndARepeatUpdatesTheMutableFields() {
        alert("A-1", 100, 0.5, "PRESSING_ADJUSTMENT");
        ingest.ingest(match, null, new AlertReport("A-1", "01:40", 0.6, "HIGH", "PRESSING", "PRESSING_ADJUSTMENT",
                "ACTIVE", "Press much higher", 25, 2, "{\"decision_id\":\"D-A-1\",\"match_time\":100}"));

        JsonNode history = history();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("severity_score").asDouble()).isEqualTo(0.6);
        assertThat(history.get(0).get("action").asString()).isEqualTo("Press much higher");
        assertThat(history.get(0).get("decision_id").asString()).isEqualTo("D-A-1");
    }

    @Test
    void historyHasTheTypesTheAppParsesWithTheCallersOwnFeedbackAsNumbers() {
        alert("A-1", 100, 0.8, "PRESSING_ADJUSTMENT");
        ingest.ingest(match, null, new AlertReport("A-0", "00:50", null, null, null, null, null, null, 0, 0, null));
        assertThat(feedback(coach, "D-A-1", "accept", match).status()).isEqualTo(200);
        alert("A-2", 130, 0.5, "STRUCTURAL_COMPACTNESS_FIX");
        alert("A-3", 160, 0.4, "FLANK_COVER_ADJUSTMENT");

        JsonNode history = history();
        assertThat(history).extracting(a -> a.get("alert_id").asString()).containsExactly("A-0", "A-1", "A-2", "A-3");
        for (JsonNode alert : history) {
            for (String field : List.of("timestamp", "severity_label", "category", "decision_type", "status", "action")) {
                assertThat(alert.get(field).isString()).as(field).isTrue();
            }
            assertThat(alert.get("review_countdown").isNumber()).isTrue();
            assertThat(alert.get("category_trigger_count").isNumber()).isTrue();
            assertThat(alert.get("decision_effective").isBoolean()).isFalse();
            assertThat(alert.get("decision_failed").isBoolean()).isFalse();
        }
        JsonNode accepted = history.get(1);
        assertThat(accepted.get("feedback").asString()).isEqualTo("accepted");
        assertThat(accepted.get("feedback_action").asString()).isEqualTo("ACCEPT");
        assertThat(accepted.get("decision_effective").isIntegralNumber()).isTrue();
        assertThat(accepted.get("decision_effective").asInt()).isEqualTo(1);
        assertThat(accepted.get("decision_failed").asInt()).isZero();
        assertThat(history.get(0).get("feedback").asString()).isEqualTo("none");
        assertThat(history.get(0).get("decision_effective").isNull()).isTrue();
        assertThat(history.get(0).get("decision_type").asString()).isEqualTo("NONE");
        assertThat(history.get(0).get("severity_label").asString()).isEqualTo("LOW");
        // another member of the club sees their own (absent) feedback, not the coach's
        String analyst = api.login(club.analystEmail(), TestAccounts.PASSWORD);
        JsonNode theirs = api.get("/api/matches/" + match + "/alerts", analyst).json();
        assertThat(theirs.get(1).get("feedback").asString()).isEqualTo("none");
    }

    @Test
    void feedbackIsIdempotentPerUserAndDecision() {
        alert("A-1", 100, 0.8, "PRESSING_ADJUSTMENT");

        HttpApi.Response first = feedback(coach, "D-A-1", "Dismiss", "");
        HttpApi.Response second = feedback(coach, "D-A-1", "ACCEPT", "");
        HttpApi.Response alias = api.postJson("/decision/feedback",
                Map.of("decision_id", "D-A-1", "action", "DISMISS"), coach);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("status").asString()).isEqualTo("success");
        assertThat(first.json().get("idempotent").asBoolean()).isFalse();
        assertThat(first.json().get("action").asString()).isEqualTo("DISMISS");
        assertThat(first.json().get("decision_type").asString()).isEqualTo("PRESSING_ADJUSTMENT");
        assertThat(first.json().get("match_id").asString()).isEqualTo(match);
        assertThat(first.json().get("decision_id").asString()).isEqualTo("D-A-1");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("idempotent").asBoolean()).isTrue();
        assertThat(second.json().get("action").asString()).isEqualTo("DISMISS");
        assertThat(alias.json().get("idempotent").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_feedback WHERE decision_id = 'D-A-1' AND match_id = :m")
                .param("m", match).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT remaining FROM alert_suppressions WHERE match_id = :m").param("m", match)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void rejectsUnknownDecisionsAndBadActions() {
        alert("A-1", 100, 0.8, "PRESSING_ADJUSTMENT");

        assertThat(feedback(coach, "D-nope", "ACCEPT", "").status()).isEqualTo(404);
        assertThat(feedback(coach, "D-A-1", "MAYBE", "").status()).isEqualTo(422);
        assertThat(feedback(coach, "D-A-1", "MAYBE", "").isProblem()).isTrue();
        assertThat(api.postJson("/api/decision/feedback", Map.of("action", "ACCEPT"), coach).status()).isEqualTo(422);
        assertThat(api.postJson("/api/matches/" + match + "/alerts/A-1/feedback?feedback=later", "", coach).status())
                .isEqualTo(422);
        assertThat(api.postJson("/api/matches/" + match + "/alerts/A-404/feedback?feedback=accepted", "", coach)
                .status()).isEqualTo(404);
        String player = api.login(club.playerEmail(), TestAccounts.PASSWORD);
        assertThat(feedback(player, "D-A-1", "ACCEPT", "").status()).isEqualTo(403);
    }

    @Test
    void refusesEverythingOfAnotherClubWith404() {
        alert("A-1", 100, 0.8, "PRESSING_ADJUSTMENT");
        TestAccounts.Club other = TestAccounts.newClub();
        String foreign = api.login(other.coachEmail(), TestAccounts.PASSWORD);

        assertThat(api.get("/api/matches/" + match + "/alerts", foreign).status()).isEqualTo(404);
        assertThat(api.get("/api/matches/" + match + "/alerts/A-1/advisory", foreign).status()).isEqualTo(404);
        assertThat(api.get("/api/matches/" + match + "/decision_review", foreign).status()).isEqualTo(404);
        assertThat(api.get("/api/decision/metrics?match_id=" + match, foreign).status()).isEqualTo(404);
        assertThat(feedback(foreign, "D-A-1", "DISMISS", "").status()).isEqualTo(404);
        assertThat(feedback(foreign, "D-A-1", "DISMISS", match).status()).isEqualTo(404);
        assertThat(api.postJson("/api/matches/" + match + "/alerts/A-1/feedback?feedback=dismissed", "", foreign)
                .status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM alert_suppressions WHERE match_id = :m").param("m", match)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void afterADismissTheNextTwoAlertsOfThatTypeAreStoredSuppressedAndNotPushed() throws Exception {
        alert("A-1", 100, 0.8, "PRESSING_ADJUSTMENT");
        HttpApi.Response dismissed = api.postJson(
                "/api/matches/" + match + "/alerts/A-1/feedback?feedback=dismissed", "", coach);
        assertThat(dismissed.json().get("action").asString()).isEqualTo("DISMISS");
        LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        WebSocket socket = socket(frames);
        assertThat(frames.poll(10, TimeUnit.SECONDS).get("alert_id").asString()).isEqualTo("A-1");

        alert("A-2", 200, 0.8, "PRESSING_ADJUSTMENT");
        alert("A-3", 300, 0.9, "PRESSING_ADJUSTMENT");
        alert("A-4", 310, 0.6, "FLANK_COVER_ADJUSTMENT");
        alert("A-5", 400, 0.9, "PRESSING_ADJUSTMENT");
        alert("A-2", 200, 0.85, "PRESSING_ADJUSTMENT");

        assertThat(suppressed("A-2")).isTrue();
        assertThat(suppressed("A-3")).isTrue();
        assertThat(suppressed("A-4")).isFalse();
        assertThat(suppressed("A-5")).isFalse();
        assertThat(history()).extracting(a -> a.get("alert_id").asString()).containsExactly("A-1", "A-4", "A-5");
        assertThat(frames.poll(10, TimeUnit.SECONDS).get("alert_id").asString()).isEqualTo("A-4");
        assertThat(frames.poll(10, TimeUnit.SECONDS).get("alert_id").asString()).isEqualTo("A-5");
        assertThat(frames.poll(300, TimeUnit.MILLISECONDS)).isNull();
        socket.abort();
    }

    @Test
    void suppressesARepeatWithinTheCooldownUnlessItsSeverityRoseByMoreThanTheMargin() {
        alert("A-1", 100, 0.5, "STRUCTURAL_COMPACTNESS_FIX");
        alert("A-2", 130, 0.6, "STRUCTURAL_COMPACTNESS_FIX");
        alert("A-3", 150, 0.7, "STRUCTURAL_COMPACTNESS_FIX");
        alert("A-4", 155, 0.6, "PRESSING_ADJUSTMENT");
        alert("A-5", 175, 0.75, "STRUCTURAL_COMPACTNESS_FIX");
        alert("A-6", 211, 0.7, "STRUCTURAL_COMPACTNESS_FIX");

        assertThat(suppressed("A-2")).as("+0.1 within 60 s").isTrue();
        assertThat(suppressed("A-3")).as("+0.2 over the last shown").isFalse();
        assertThat(suppressed("A-4")).as("another type").isFalse();
        assertThat(suppressed("A-5")).as("+0.05 within 60 s").isTrue();
        assertThat(suppressed("A-6")).as("61 s after the last shown").isFalse();
    }

    @Test
    void anAcceptIsEffectiveOnceTwoLaterWindowsShowTheSeverityFellByTwentyPercent() {
        alert("A-1", 100, 0.8, "PRESSING_ADJUSTMENT");
        feedback(coach, "D-A-1", "ACCEPT", match);
        alert("A-2", 130, 0.6, "FLANK_COVER_ADJUSTMENT");
        assertThat(historyEntry("A-1").get("decision_effective").isNull()).as("one window is not enough").isTrue();

        alert("A-3", 160, 0.6, "STRUCTURAL_COMPACTNESS_FIX");

        JsonNode a1 = historyEntry("A-1");
        assertThat(a1.get("decision_effective").asInt()).isEqualTo(1);
        assertThat(a1.get("decision_failed").asInt()).isZero();
        alert("A-4", 190, 0.9, "SUBSTITUTION_RECOMMENDATION");
        assertThat(historyEntry("A-1").get("decision_effective").asInt()).as("measured once").isEqualTo(1);
    }

    @Test
    void anAcceptFailedWhenTheSeverityRoseMeasuredFromSegmentsWhenTheRunEnds() {
        alert("A-1", 100, 0.5, "PRESSING_ADJUSTMENT");
        feedback(coach, "D-A-1", "ACCEPT", match);
        String run = LiveFixtures.newRun(club, match, "PROCESSING");
        LiveFixtures.newSegment(run, match, 7, 0.7); // starts at 105 s

        events.publishEvent(new RunFinished(run, match, "COMPLETED", null));

        JsonNode a1 = historyEntry("A-1");
        assertThat(a1.get("decision_effective").asInt()).isZero();
        assertThat(a1.get("decision_failed").asInt()).isEqualTo(1);
        assertThat(a1.get("escalation_after_dismiss").isNull()).isTrue();
    }

    @Test
    void aDismissEscalatedWhenTheSeverityRoseAndWasEffectiveWhenItDidNot() {
        alert("A-1", 100, 0.5, "PRESSING_ADJUSTMENT");
        alert("B-1", 100, 0.7, "FLANK_COVER_ADJUSTMENT");
        feedback(coach, "D-A-1", "DISMISS", match);
        feedback(coach, "D-B-1", "DISMISS", match);
        // the next pressing alerts are suppressed, but their severity still counts as data
        alert("A-2", 130, 0.8, "PRESSING_ADJUSTMENT");
        alert("A-3", 170, 0.6, "PRESSING_ADJUSTMENT");

        JsonNode a1 = historyEntry("A-1");
        assertThat(suppressed("A-2")).isTrue();
        assertThat(a1.get("decision_effective").asInt()).isZero();
        assertThat(a1.get("decision_failed").asInt()).isEqualTo(1);
        assertThat(a1.get("escalation_after_dismiss").asInt()).isEqualTo(1);
        JsonNode b1 = historyEntry("B-1");
        assertThat(b1.get("decision_effective").asInt()).isEqualTo(1);
        assertThat(b1.get("decision_failed").asInt()).isZero();
        assertThat(b1.get("escalation_after_dismiss").asInt()).isZero();
    }

    @Test
    void metricsCountTheClubsFeedbackWithRatesBetweenZeroAndOne() {
        alert("P-1", 100, 0.8, "PRESSING_ADJUSTMENT");
        alert("P-2", 100, 0.5, "FLANK_COVER_ADJUSTMENT");
        alert("P-3", 100, 0.2, "STRUCTURAL_COMPACTNESS_FIX");
        String analyst = api.login(club.analystEmail(), TestAccounts.PASSWORD);
        feedback(coach, "D-P-1", "ACCEPT", match);      // later mean 0.6 ≤ 0.64: effective
        feedback(analyst, "D-P-2", "ACCEPT", match);    // 0.6 > 0.5: failed
        feedback(coach, "D-P-3", "DISMISS", match);     // 0.6 > 0.2: escalated
        feedback(coach, "D-P-2", "DISMISS", match);     // the coach's own decision on P-2: escalated
        alert("Q-1", 130, 0.6, "SUBSTITUTION_RECOMMENDATION");
        alert("Q-2", 160, 0.6, "SUBSTITUTION_RECOMMENDATION");

        JsonNode metrics = api.get("/api/decision/metrics?match_id=" + match, coach).json();
        JsonNode summary = metrics.get("summary");
        assertThat(summary.get("total_feedbacks").asInt()).isEqualTo(4);
        assertThat(summary.get("acceptance_rate").asDouble()).isEqualTo(0.5);
        assertThat(summary.get("dismissal_rate").asDouble()).isEqualTo(0.5);
        assertThat(summary.get("effectiveness_rate").asDouble()).isEqualTo(0.25);
        assertThat(summary.get("escalation_after_dismiss_rate").asDouble()).isEqualTo(1.0);
        assertThat(summary.get("effectiveness_rate").isNumber()).isTrue();
        JsonNode byType = metrics.get("by_decision_type");
        assertThat(byType).extracting(t -> t.get("decision_type").asString())
                .containsExactly("FLANK_COVER_ADJUSTMENT", "PRESSING_ADJUSTMENT", "STRUCTURAL_COMPACTNESS_FIX");
        assertThat(byType.get(0).get("total_feedbacks").asInt()).isEqualTo(2);
        assertThat(byType.get(0).get("acceptance_rate").asDouble()).isEqualTo(0.5);
        assertThat(byType.get(0).get("effectiveness_rate").asDouble()).isZero();
        assertThat(byType.get(1).get("effectiveness_rate").asDouble()).isEqualTo(1.0);
        JsonNode unscoped = api.get("/decision/metrics", analyst).json();
        assertThat(unscoped.get("summary").get("total_feedbacks").asInt()).isEqualTo(4);
        String stranger = api.login(TestAccounts.newClub().coachEmail(), TestAccounts.PASSWORD);
        assertThat(api.get("/api/decision/metrics", stranger).json().get("summary").get("total_feedbacks").asInt())
                .isZero();
    }

    @Test
    void writesAnAdvisoryFromTemplatesWhenTheModelIsOffAndCachesIt() {
        alert("A-1", 100, 0.8, "PRESSING_ADJUSTMENT");
        alert("A-2", 200, 0.9, "PRESSING_ADJUSTMENT");

        JsonNode first = api.get("/api/matches/" + match + "/alerts/A-2/advisory", coach).json();
        JsonNode second = api.get("/api/matches/" + match + "/alerts/A-2/advisory", coach).json();

        assertThat(first.get("source").asString()).isEqualTo("template");
        assertThat(first.get("advisory").asString()).contains("press").contains("2nd alert of this kind");
        assertThat(first.get("cached").asBoolean()).isFalse();
        assertThat(second.get("cached").asBoolean()).isTrue();
        assertThat(second.get("advisory").asString()).isEqualTo(first.get("advisory").asString());
        assertThat(api.get("/api/matches/" + match + "/alerts/A-404/advisory", coach).status()).isEqualTo(404);
    }

    @Test
    void reviewsASimulatedMatchDecisionByDecision() throws Exception {
        String run = LiveFixtures.newRun(club, match, "PROCESSING");
        // one window every 15 s: the press holds after 0:30, the block stretches after 1:20, then settles
        double[] severities = {0.3, 0.35, 0.5, 0.45, 0.4, 0.6, 0.7, 0.75, 0.55, 0.5, 0.45, 0.4, 0.35, 0.4};
        for (int i = 0; i < severities.length; i++) {
            LiveFixtures.newSegment(run, match, i + 1, severities[i]);
        }
        String analyst = api.login(club.analystEmail(), TestAccounts.PASSWORD);
        alert("S-01", 30, 0.7, "PRESSING_ADJUSTMENT");
        feedback(coach, "D-S-01", "ACCEPT", match);
        alert("S-02", 80, 0.5, "STRUCTURAL_COMPACTNESS_FIX");
        feedback(analyst, "D-S-02", "dismiss", "");
        alert("S-03", 100, 0.7, "STRUCTURAL_COMPACTNESS_FIX");
        alert("S-04", 125, 0.6, "FLANK_COVER_ADJUSTMENT");
        feedback(coach, "D-S-04", "DISMISS", match);
        alert("S-05", 130, 0.8, "STRUCTURAL_COMPACTNESS_FIX");
        alert("S-06", 150, 0.9, "SUBSTITUTION_RECOMMENDATION");
        feedback(coach, "D-S-06", "ACCEPT", match);
        alert("S-07", 160, 0.9, "STRUCTURAL_COMPACTNESS_FIX");
        alert("S-08", 165, 0.6, "SUBSTITUTION_RECOMMENDATION");
        alert("S-09", 220, 0.4, "PRESSING_ADJUSTMENT");
        events.publishEvent(new RunFinished(run, match, "COMPLETED", null));

        HttpApi.Response response = api.get("/api/matches/" + match + "/decision_review", coach);
        assertThat(response.status()).isEqualTo(200);
        JsonNode review = response.json();
        Path out = Path.of("target", "decision-review-example.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(review));

        List<String> decisions = new ArrayList<>();
        review.get("alerts").forEach(a -> decisions.add(a.get("alert_id").asString() + ":"
                + a.get("decision").asString() + ":" + a.get("effect").asString()));
        assertThat(decisions).containsExactly("S-01:accepted:effective", "S-02:dismissed:escalated",
                "S-03:suppressed:none", "S-04:dismissed:effective", "S-05:suppressed:none",
                "S-06:accepted:effective", "S-07:ignored:none", "S-08:suppressed:none", "S-09:ignored:none");
        assertThat(review.get("alerts").get(2).get("suppressed_reason").asString()).isEqualTo("AFTER_DISMISS");
        assertThat(review.get("alerts").get(7).get("suppressed_reason").asString()).isEqualTo("REPEAT");
        JsonNode summary = review.get("summary");
        assertThat(summary.get("alerts").asInt()).isEqualTo(9);
        assertThat(summary.get("suppressed").asInt()).isEqualTo(3);
        assertThat(summary.get("accepted").asInt()).isEqualTo(2);
        assertThat(summary.get("dismissed").asInt()).isEqualTo(2);
        assertThat(summary.get("ignored").asInt()).isEqualTo(2);
        assertThat(review.get("by_decision_type")).hasSize(4);
    }

    private WebSocket socket(LinkedBlockingQueue<JsonNode> frames) {
        return HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("bearer", coach)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/alerts/" + match), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            frames.add(JSON.readTree(partial.toString()));
                            partial.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).join();
    }
}
