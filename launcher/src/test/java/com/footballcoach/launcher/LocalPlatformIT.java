package com.footballcoach.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.embedded.TestDatabase;
import com.footballcoach.platform.testing.HttpApi;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole platform in one JVM, as ./coach up runs it, on an empty database. */
class LocalPlatformIT {

    static LocalPlatform platform;
    static HttpApi product;
    static HttpApi analysis;

    @BeforeAll
    static void startThePlatformOnAnEmptyDatabase() {
        TestDatabase empty = TestDatabase.shared().newSchema();
        URI server = URI.create(empty.jdbcUrl().substring("jdbc:".length()));
        Map<String, String> env = Map.of(
                "DB_HOST", server.getHost(), "DB_PORT", Integer.toString(server.getPort()), "DB_NAME", empty.name(),
                "DB_USER", empty.user(), "DB_PASSWORD", empty.password(),
                "PRODUCT_API_PORT", "0", "ANALYSIS_API_PORT", "0", "TRACKING_ENGINE_PORT", "0",
                "JWT_KEY_DIR", "target/test-certs", "ANALYSIS_OUTPUT_ROOT", "target/analysis-output");
        env.forEach(System::setProperty);
        platform = new LocalPlatform();
        platform.start(new LaunchSettings(env));
        product = new HttpApi(port(platform.product()));
        analysis = new HttpApi(port(platform.analysis()));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void bothAppsReportHealthyWithTheDatabaseAndTheEngineSimulatorReachable() {
        HttpApi.Response productHealth = product.get("/actuator/health", null);
        HttpApi.Response analysisHealth = analysis.get("/healthz", null);

        assertThat(productHealth.json().get("status").asString()).isEqualTo("UP");
        assertThat(analysisHealth.status()).isEqualTo(200);
        assertThat(analysisHealth.json().get("database").asString()).isEqualTo("up");
        assertThat(analysisHealth.json().get("tracking_engine").asString()).isEqualTo("up");
    }

    @Test
    void loadsTheDemoDataSoTheDemoLoginsWorkOnBothApps() {
        String token = product.login("owner@demo.club", "DemoOwner2026!");

        assertThat(product.get("/api/users/me", token).json().get("app_role").asString()).isEqualTo("account_manager");
        assertThat(analysis.get("/api/users/me", token).status()).isEqualTo(200);
    }

    private static int port(org.springframework.context.ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
