package com.footballcoach.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
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
    void reportsHealthOnActuatorWithTheTrackingEngineComponent() {
        HttpApi.Response health = new HttpApi(port).get("/actuator/health", null);

        assertThat(health.json().get("components").has("trackingEngine")).isTrue();
        assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
    }
}
