package com.footballcoach.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.platform.testing.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@AnalysisApiTest
class AnalysisApiStartupIT {

    @LocalServerPort
    int port;

    @Test
    void reportsDatabaseAndEngineReachabilityOnHealthz() {
        HttpApi.Response healthz = new HttpApi(port).get("/healthz", null);

        assertThat(healthz.status()).isEqualTo(200);
        assertThat(healthz.json().get("database").asString()).isEqualTo("up");
        assertThat(healthz.json().get("tracking_engine").asString()).isIn("up", "down");
    }

    @Test
    void servesNoLoginOrAccountRouteTheProductApiOwns() {
        HttpApi api = new HttpApi(port);
        String token = TestTokens.of(TestAccounts.newClub().ownerEmail());

        assertThat(api.postForm("/api/token", Map.of("username", "a@b.c", "password", "x")).status()).isEqualTo(404);
        assertThat(api.postJson("/api/register", "{}", null).status()).isEqualTo(404);
        assertThat(api.get("/api/users/me", token).status()).isEqualTo(404);
        assertThat(api.get("/api/users", token).status()).isEqualTo(404);
        assertThat(api.postJson("/api/staff/create_with_account", "{}", token).status()).isEqualTo(404);
        assertThat(api.get("/api/analysis_history", token).status()).as("the token of the product API is valid here")
                .isEqualTo(200);
        java.util.List<String> paths = new java.util.ArrayList<>();
        api.get("/v3/api-docs", null).json().get("paths").properties().forEach(e -> paths.add(e.getKey()));
        assertThat(paths).contains("/api/analyze_match")
                .noneMatch(path -> path.startsWith("/api/token") || path.startsWith("/api/register")
                        || path.startsWith("/api/users") || path.startsWith("/api/staff"));
    }

    @Test
    void reportsHealthOnActuatorWithTheTrackingEngineComponent() {
        HttpApi.Response health = new HttpApi(port).get("/actuator/health", null);

        assertThat(health.json().get("components").has("trackingEngine")).isTrue();
        assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
    }
}
