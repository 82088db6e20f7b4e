package com.footballcoach.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import org.junit.jupiter.api.Test;

/** The whole platform in one JVM, as ./coach up runs it, on an empty database. */
class LocalPlatformIT {

    @Test
    void bothAppsReportHealthyWithTheDatabaseAndTheEngineSimulatorReachable() {
        RunningPlatform platform = RunningPlatform.get();

        HttpApi.Response productHealth = platform.product.get("/actuator/health", null);
        HttpApi.Response analysisHealth = platform.analysis.get("/healthz", null);

        assertThat(productHealth.json().get("status").asString()).isEqualTo("UP");
        assertThat(analysisHealth.status()).isEqualTo(200);
        assertThat(analysisHealth.json().get("database").asString()).isEqualTo("up");
        assertThat(analysisHealth.json().get("tracking_engine").asString()).isEqualTo("up");
    }

    @Test
    void loadsTheDemoDataSoTheDemoLoginsWorkOnBothApps() {
        RunningPlatform platform = RunningPlatform.get();

        String token = platform.product.login("owner@demo.club", "DemoOwner2026!");

        assertThat(platform.product.get("/api/users/me", token).json().get("app_role").asString())
                .isEqualTo("account_manager");
        assertThat(platform.analysis.get("/api/analysis_history", token).status()).isEqualTo(200);
    }

    @Test
    void bothAppsValidateTheSameTokens() {
        RunningPlatform platform = RunningPlatform.get();
        String token = platform.product.login("coach@demo.club", "DemoCoach2026!");

        assertThat(platform.analysis.get("/api/analysis_history", token).status()).isEqualTo(200);
        assertThat(platform.product.get("/.well-known/jwks.json", null).body())
                .isEqualTo(platform.analysis.get("/.well-known/jwks.json", null).body());
    }
}
