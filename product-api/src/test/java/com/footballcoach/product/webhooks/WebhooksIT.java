package com.footballcoach.product.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.footballcoach.platform.alerts.AlertIngest;
import com.footballcoach.platform.alerts.AlertReport;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.platform.testing.WebhookReceiver;
import com.footballcoach.platform.webhooks.WebhookEventType;
import com.footballcoach.platform.webhooks.WebhookEvents;
import com.footballcoach.platform.webhooks.WebhookWorker;
import com.footballcoach.product.ProductApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end: the routes over real HTTP, events from the real ingest and decision
 * feedback, the outbox in the real database, and deliveries to a real local HTTP server. The
 * worker's timer is off here: each test sends what is due itself at a time it chooses
 * ({@link WebhookWorker#deliverDue}), which is how it moves the clock through the backoff.
 */
@ProductApiTest
@TestPropertySource(properties = {"coach.webhooks.allow-private=true", "coach.webhooks.max-failures=4"})
class WebhooksIT {

    private static final Logger log = LoggerFactory.getLogger(WebhooksIT.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AlertIngest ingest;

    @Autowired
    WebhookWorker worker;

    @Autowired
    WebhookEvents webhookEvents;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    HttpApi api;
    TestAccounts.Club club;
    String owner;
    String match;
    WebhookReceiver receiver;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        club = TestAccounts.newClub();
        owner = api.login(club.ownerEmail(), TestAccounts.PASSWORD);
        match = TestAccounts.newMatch(club);
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    private JsonNode subscribe(String... events) {
        HttpApi.Response created = api.postJson("/api/webhooks", Map.of("url", receiver.url(), "events",
                List.of(events)), owner);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private void alert(String id, double matchTime, double severity) {
        ingest.ingest(match, null, new AlertReport(id, String.format("%02d:%02d", (int) matchTime / 60,
                (int) matchTime % 60), severity, severity >= 0.7 ? "HIGH" : "MEDIUM", "PRESSING",
                "PRESSING_ADJUSTMENT", "ACTIVE", "Press higher", 30, 1,
                "{\"decision_id\":\"D-" + id + "\",\"match_time\":" + matchTime + "}"));
    }

    private JsonNode deliveries(String webhookId) {
        HttpApi.Response log = api.get("/api/webhooks/" + webhookId + "/deliveries", owner);
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        return log.json();
    }

    private int outboxRows(String webhookId) {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = :id").param("id", webhookId)
                .query(Integer.class).single();
    }

    @Test
    void createsListsAndDeletesEndpointsShowingTheSecretOnlyOnCreation() {
        JsonNode created = subscribe("run.completed", "alert.raised", "match.imported");
        String id = created.get("id").asString();
        String secret = created.get("secret").asString();

        assertThat(created.get("url").asString()).isEqualTo(receiver.url());
        assertThat(created.get("events")).extracting(JsonNode::asString)
                .containsExactly("run.completed", "alert.raised", "match.imported");
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSizeGreaterThanOrEqualTo(24);
        JsonNode listed = api.get("/api/webhooks", owner).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(id);
        assertThat(listed.get(0).get("enabled").asBoolean()).isTrue();
        assertThat(listed.get(0).has("secret")).isFalse();
        assertThat(api.get("/api/webhooks/" + id, owner).body()).doesNotContain(secret);

        // staff may not manage them; another club does not see them
        String coach = api.login(club.coachEmail(), TestAccounts.PASSWORD);
        assertThat(api.get("/api/webhooks", coach).status()).isEqualTo(403);
        assertThat(api.postJson("/api/webhooks", Map.of("url", receiver.url(), "events", List.of("alert.raised")),
                coach).status()).isEqualTo(403);
        TestAccounts.Club other = TestAccounts.newClub();
        String rival = api.login(other.ownerEmail(), TestAccounts.PASSWORD);
        assertThat(api.get("/api/webhooks/" + id, rival).status()).isEqualTo(404);
        assertThat(api.delete("/api/webhooks/" + id, rival).status()).isEqualTo(404);
        assertThat(api.get("/api/webhooks", rival).json()).isEmpty();

        assertThat(api.delete("/api/webhooks/" + id, owner).status()).isEqualTo(204);
        assertThat(api.get("/api/webhooks/" + id, owner).status()).isEqualTo(404);
        assertThat(api.get("/api/webhooks", owner).json()).isEmpty();
    }

    @Test
    void refusesUnknownEventsAndNonHttpUrlsWithAProblemBody() {
        HttpApi.Response unknown = api.postJson("/api/webhooks", Map.of("url", receiver.url(), "events",
                List.of("run.completed", "match.deleted")), owner);
        HttpApi.Response none = api.postJson("/api/webhooks", Map.of("url", receiver.url(), "events", List.of()), owner);
        HttpApi.Response ftp = api.postJson("/api/webhooks", Map.of("url", "ftp://example.com/x", "events",
                List.of("run.completed")), owner);
        HttpApi.Response noUrl = api.postJson("/api/webhooks", Map.of("events", List.of("run.completed")), owner);
        HttpApi.Response garbage = api.postJson("/api/webhooks", "{\"url\":", owner);

        for (HttpApi.Response response : List.of(unknown, none, ftp, noUrl)) {
            assertThat(response.status()).as(response.body()).isEqualTo(422);
            assertThat(response.isProblem()).as(response.body()).isTrue();
        }
        assertThat(unknown.json().get("detail").asString()).contains("match.deleted");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.isProblem()).isTrue();
        assertThat(api.get("/api/webhooks", owner).json()).isEmpty();
    }

    @Test
    void deliversOneSignedPostPerEventAsStandardWebhooksSays() {
        JsonNode webhook = subscribe("alert.raised");
        String id = webhook.get("id").asString();
        alert("W-1", 100, 0.8);
        alert("W-1", 100, 0.9); // a repeat of the same alert is the same event

        worker.deliverDue(Instant.now());

        assertThat(receiver.received()).hasSize(1);
        WebhookReceiver.Received request = receiver.received().get(0);
        assertThat(WebhookReceiver.verify(webhook.get("secret").asString(), request)).isTrue();
        assertThat(WebhookReceiver.verify("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), request))
                .isFalse();
        assertThat(request.header("content-type")).startsWith("application/json");
        assertThat(Long.parseLong(request.header("webhook-timestamp")))
                .isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 1);
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("type").asString()).isEqualTo("alert.raised");
        assertThat(Instant.parse(body.get("timestamp").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(body.get("data").get("alert_id").asString()).isEqualTo("W-1");
        assertThat(body.get("data").get("match_id").asString()).isEqualTo(match);
        assertThat(body.get("data").get("decision_id").asString()).isEqualTo("D-W-1");

        JsonNode log = deliveries(id);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("id").asString()).isEqualTo(request.header("webhook-id"));
        assertThat(log.get(0).get("status").asString()).isEqualTo("delivered");
        assertThat(log.get(0).get("attempt_log")).hasSize(1);
        assertThat(log.get(0).get("attempt_log").get(0).get("status_code").asInt()).isEqualTo(204);
        // nothing is due any more
        worker.deliverDue(Instant.now().plus(Duration.ofHours(2)));
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void sendersClaimingAtOnceSendAnEventOnce() {
        JsonNode webhook = subscribe("alert.raised");
        receiver.delay(Duration.ofMillis(500));
        alert("C-1", 100, 0.8);
        Instant now = Instant.now();

        // as two instances (or both apps) whose workers look at the same moment
        List<CompletableFuture<Integer>> senders = List.of(
                CompletableFuture.supplyAsync(() -> worker.deliverDue(now)),
                CompletableFuture.supplyAsync(() -> worker.deliverDue(now)),
                CompletableFuture.supplyAsync(() -> worker.deliverDue(now)));
        senders.forEach(CompletableFuture::join);

        assertThat(receiver.received()).hasSize(1);
        JsonNode log = deliveries(webhook.get("id").asString());
        assertThat(log.get(0).get("attempts").asInt()).isEqualTo(1);
        assertThat(log.get(0).get("attempt_log")).hasSize(1);
    }

    @Test
    void anEventOfAnotherClubOrAnUnsubscribedTypeQueuesNothing() {
        String id = subscribe("run.completed").get("id").asString();
        alert("N-1", 100, 0.8);
        TestAccounts.Club other = TestAccounts.newClub();
        transactions.executeWithoutResult(tx -> webhookEvents.record(other.ownerId(), WebhookEventType.RUN_COMPLETED,
                "run.completed:elsewhere-" + id, Map.of("analysis_id", "x")));

        assertThat(outboxRows(id)).isZero();
    }

    @Test
    void recordsTheOutboxRowInTheEventsTransactionOnly() {
        String id = subscribe("match.imported").get("id").asString();

        transactions.executeWithoutResult(tx -> {
            webhookEvents.record(club.ownerId(), WebhookEventType.MATCH_IMPORTED, "match.imported:rolled-back",
                    Map.of("match_id", "rolled-back"));
            tx.setRollbackOnly();
        });
        transactions.executeWithoutResult(tx -> webhookEvents.record(club.ownerId(), WebhookEventType.MATCH_IMPORTED,
                "match.imported:" + match, Map.of("match_id", match, "source", "statsbomb")));
        worker.deliverDue(Instant.now());

        assertThat(outboxRows(id)).isEqualTo(1);
        assertThat(receiver.received()).hasSize(1);
        JsonNode body = JSON.readTree(receiver.received().get(0).body());
        assertThat(body.get("type").asString()).isEqualTo("match.imported");
        assertThat(body.get("data").get("match_id").asString()).isEqualTo(match);
    }

    @Test
    void deliversADecisionEvaluatedWhenTheLaterDataMeasuresIt() {
        String id = subscribe("decision.evaluated").get("id").asString();
        String coach = api.login(club.coachEmail(), TestAccounts.PASSWORD);
        alert("E-1", 100, 0.8);
        Map<String, Object> feedback = new HashMap<>();
        feedback.put("decision_id", "D-E-1");
        feedback.put("action", "accept");
        feedback.put("match_id", match);
        assertThat(api.postJson("/api/decision/feedback", feedback, coach).status()).isEqualTo(200);
        alert("E-2", 130, 0.5);
        alert("E-3", 160, 0.4);

        await().atMost(Duration.ofSeconds(10)).until(() -> outboxRows(id) == 1);
        worker.deliverDue(Instant.now());

        assertThat(receiver.received()).hasSize(1);
        JsonNode body = JSON.readTree(receiver.received().get(0).body());
        assertThat(body.get("type").asString()).isEqualTo("decision.evaluated");
        assertThat(body.get("data").get("decision_id").asString()).isEqualTo("D-E-1");
        assertThat(body.get("data").get("action").asString()).isEqualTo("ACCEPT");
        assertThat(body.get("data").get("effective").asBoolean()).isTrue();
        assertThat(body.get("data").get("evaluation_windows").asInt()).isEqualTo(2);
    }

    @Test
    void retriesAFailingEndpointWithBackoffUntilItRecoversAndLogsEveryAttempt() {
        String id = subscribe("alert.raised").get("id").asString();
        receiver.respond(500, 503, 500);
        alert("R-1", 100, 0.8);
        Instant t0 = Instant.now();

        // (other tests' deliveries share the database: count what this endpoint receives)
        sendAt(t0, 1); // 500
        sendAt(t0.plusSeconds(4), 1); // not due before 5 s
        sendAt(t0.plusSeconds(5), 2); // 503
        sendAt(t0.plusSeconds(5 + 29), 2); // then 30 s
        sendAt(t0.plusSeconds(5 + 30), 3); // 500
        sendAt(t0.plusSeconds(35 + 119), 3); // then 2 min
        sendAt(t0.plusSeconds(35 + 120), 4); // 204
        sendAt(t0.plus(Duration.ofHours(3)), 4); // delivered: never again

        assertThat(receiver.received()).hasSize(4);
        assertThat(receiver.received()).extracting(r -> r.header("webhook-id")).containsOnly(
                receiver.received().get(0).header("webhook-id"));
        assertThat(receiver.received()).extracting(r -> Long.parseLong(r.header("webhook-timestamp")))
                .containsExactly(t0.getEpochSecond(), t0.plusSeconds(5).getEpochSecond(),
                        t0.plusSeconds(35).getEpochSecond(), t0.plusSeconds(155).getEpochSecond());
        JsonNode delivery = deliveries(id).get(0);
        assertThat(delivery.get("status").asString()).isEqualTo("delivered");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(4);
        assertThat(delivery.get("attempt_log")).extracting(a -> a.get("status_code").asInt())
                .containsExactly(500, 503, 500, 204);
        assertThat(delivery.get("attempt_log").get(0).get("error").asString()).isEqualTo("HTTP 500");
        assertThat(delivery.get("attempt_log").get(3).get("error").isNull()).isTrue();
        JsonNode endpoint = api.get("/api/webhooks/" + id, owner).json();
        assertThat(endpoint.get("enabled").asBoolean()).isTrue();
        assertThat(endpoint.get("consecutive_failures").asInt()).isZero();
        log.info("DELIVERY LOG (failing, then recovering endpoint): GET /api/webhooks/{}/deliveries ->\n{}", id,
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(withoutPayload(delivery)));
    }

    /** Sends what is due at {@code now}; then this endpoint has received {@code total} requests. */
    private void sendAt(Instant now, int total) {
        worker.deliverDue(now);
        assertThat(receiver.received()).as("requests received by %s", now).hasSize(total);
    }

    private static JsonNode withoutPayload(JsonNode delivery) {
        var copy = ((tools.jackson.databind.node.ObjectNode) delivery.deepCopy());
        copy.put("payload", "(the signed body)");
        return copy;
    }

    @Test
    void redeliversADeliveryWithTheSameWebhookId() {
        String id = subscribe("alert.raised").get("id").asString();
        alert("D-1", 100, 0.8);
        worker.deliverDue(Instant.now());
        String deliveryId = deliveries(id).get(0).get("id").asString();

        HttpApi.Response again = api.postJson("/api/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver",
                "{}", owner);
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        assertThat(again.json().get("status").asString()).isEqualTo("pending");
        worker.deliverDue(Instant.now());

        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(1).header("webhook-id")).isEqualTo(deliveryId);
        assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());
        JsonNode delivery = deliveries(id).get(0);
        assertThat(delivery.get("status").asString()).isEqualTo("delivered");
        assertThat(delivery.get("attempt_log")).hasSize(2);
        // unknown ids and other clubs' deliveries: 404
        assertThat(api.postJson("/api/webhooks/" + id + "/deliveries/nope/redeliver", "{}", owner).status())
                .isEqualTo(404);
        TestAccounts.Club other = TestAccounts.newClub();
        String rival = api.login(other.ownerEmail(), TestAccounts.PASSWORD);
        assertThat(api.postJson("/api/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver", "{}", rival)
                .status()).isEqualTo(404);
    }

    @Test
    void disablesAnEndpointAfterRepeatedFailuresAndARedeliveryEnablesItAgain() {
        String id = subscribe("alert.raised").get("id").asString();
        receiver.otherwise(500);
        alert("F-1", 100, 0.8);
        Instant t = Instant.now();
        // the backoff: 5 s, 30 s, 2 min, 10 min
        for (Duration wait : List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2),
                Duration.ofMinutes(10))) {
            int before = receiver.received().size();
            sendAt(t, before + 1);
            sendAt(t.plus(wait).minusSeconds(1), before + 1);
            t = t.plus(wait);
        }

        JsonNode endpoint = api.get("/api/webhooks/" + id, owner).json();
        assertThat(endpoint.get("enabled").asBoolean()).isFalse();
        assertThat(endpoint.get("disabled_reason").asString()).contains("4 consecutive failed attempts");
        sendAt(t.plus(Duration.ofHours(1)), 4); // a disabled endpoint gets nothing
        alert("F-2", 400, 0.8);
        assertThat(outboxRows(id)).isEqualTo(1); // and queues nothing new
        assertThat(receiver.received()).hasSize(4);

        receiver.otherwise(200);
        String deliveryId = deliveries(id).get(0).get("id").asString();
        assertThat(api.postJson("/api/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver", "{}", owner)
                .status()).isEqualTo(202);
        worker.deliverDue(Instant.now());
        assertThat(api.get("/api/webhooks/" + id, owner).json().get("enabled").asBoolean()).isTrue();
        assertThat(deliveries(id).get(0).get("status").asString()).isEqualTo("delivered");
    }

    @Test
    void givesUpOnADeliveryAfterTheRetryWindowAndDisablesTheEndpoint() {
        String id = subscribe("alert.raised").get("id").asString();
        receiver.otherwise(500);
        alert("X-1", 100, 0.8);
        Instant t0 = Instant.now();
        worker.deliverDue(t0);
        // (as if successes of other deliveries had reset the endpoint's failure count meanwhile)
        jdbc.sql("UPDATE webhook_endpoints SET consecutive_failures = 0 WHERE id = :id").param("id", id).update();

        // the next retry would fall after 24 h from the first attempt: this is the last one
        sendAt(t0.plus(Duration.ofHours(24)).minusSeconds(20), 2);

        JsonNode delivery = deliveries(id).get(0);
        assertThat(delivery.get("status").asString()).isEqualTo("failed");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
        JsonNode endpoint = api.get("/api/webhooks/" + id, owner).json();
        assertThat(endpoint.get("enabled").asBoolean()).isFalse();
        assertThat(endpoint.get("disabled_reason").asString()).contains("24 h");
    }

    @Test
    void aSlowEndpointSlowsNeitherIngestNorTheApi() {
        String id = subscribe("alert.raised").get("id").asString();
        receiver.delay(Duration.ofSeconds(4));
        alert("S-1", 100, 0.8);
        CompletableFuture<Integer> sending = CompletableFuture.supplyAsync(() -> worker.deliverDue(Instant.now()));
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 1);

        // while the endpoint holds the delivery: ingest, the feedback route and the log answer at once
        long started = System.nanoTime();
        alert("S-2", 400, 0.8);
        Map<String, Object> feedback = new HashMap<>();
        feedback.put("decision_id", "D-S-1");
        feedback.put("action", "dismiss");
        feedback.put("match_id", match);
        HttpApi.Response answered = api.postJson("/api/decision/feedback", feedback,
                api.login(club.coachEmail(), TestAccounts.PASSWORD));
        HttpApi.Response log = api.get("/api/webhooks/" + id + "/deliveries", owner);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(answered.status()).isEqualTo(200);
        assertThat(log.status()).isEqualTo(200);
        assertThat(sending).isNotDone();
        assertThat(millis).isLessThan(1500);
        assertThat(outboxRows(id)).isEqualTo(2);
        assertThat(sending.join()).isGreaterThanOrEqualTo(1);
    }
}
