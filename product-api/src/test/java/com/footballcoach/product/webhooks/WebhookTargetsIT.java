package com.footballcoach.product.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.platform.webhooks.WebhookWorker;
import com.footballcoach.product.ProductApiTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** SSRF: with the default settings, webhooks to the platform's own networks are refused, at creation and at delivery. */
@ProductApiTest
class WebhookTargetsIT {

    @LocalServerPort
    int port;

    @Autowired
    WebhookWorker worker;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8001/api/analysis", "http://localhost/", "http://10.0.0.7/hook",
            "http://169.254.169.254/latest/meta-data/", "http://[::1]:8000/", "http://192.168.0.10/"})
    void refusesPrivateLoopbackAndLinkLocalTargetsWith422(String url) {
        HttpApi api = new HttpApi(port);
        TestAccounts.Club club = TestAccounts.newClub();
        String owner = api.login(club.ownerEmail(), TestAccounts.PASSWORD);

        HttpApi.Response refused = api.postJson("/api/webhooks", Map.of("url", url, "events",
                List.of("run.completed")), owner);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asString()).contains("public addresses");
        assertThat(api.get("/api/webhooks", owner).json()).isEmpty();
    }

    @Test
    void refusesAtDeliveryATargetThatIsNoLongerPublic() {
        TestAccounts.Club club = TestAccounts.newClub();
        // stored while it was allowed (or while its name resolved elsewhere)
        String endpoint = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO webhook_endpoints (id, club_id, url, events, secret, created_at)
                VALUES (:id, :club, 'http://127.0.0.1:9/hook', 'match.imported', :secret, CURRENT_TIMESTAMP(6))
                """).param("id", endpoint).param("club", club.ownerId())
                .param("secret", "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32])).update();
        jdbc.sql("""
                INSERT INTO webhook_deliveries (id, endpoint_id, event_key, event_type, payload, next_attempt_at,
                                                created_at)
                VALUES (:id, :endpoint, 'k', 'match.imported', '{}', :now, :now)
                """).param("id", UUID.randomUUID().toString()).param("endpoint", endpoint)
                .param("now", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)).update();

        worker.deliverDue(Instant.now().plusSeconds(1));

        HttpApi api = new HttpApi(port);
        JsonNode log = api.get("/api/webhooks/" + endpoint + "/deliveries",
                api.login(club.ownerEmail(), TestAccounts.PASSWORD)).json();
        assertThat(log.get(0).get("status").asString()).isEqualTo("pending");
        assertThat(log.get(0).get("attempt_log").get(0).get("status_code").isNull()).isTrue();
        assertThat(log.get(0).get("attempt_log").get(0).get("error").asString()).startsWith("refused: ")
                .contains("public addresses");
    }
}
