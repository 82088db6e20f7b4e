package com.footballcoach.launcher;

import com.footballcoach.embedded.TestDatabase;
import com.footballcoach.platform.testing.HttpApi;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform, started once per test JVM as {@code ./coach up} starts it, on its own
 * empty schema of the test database server; stopped when the JVM exits.
 */
final class RunningPlatform {

    private static RunningPlatform instance;

    final TestDatabase database;
    final LocalPlatform platform;
    final HttpApi product;
    final HttpApi analysis;

    private RunningPlatform() {
        database = TestDatabase.shared().newSchema();
        URI server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        Map<String, String> env = new HashMap<>(Map.of(
                "DB_HOST", server.getHost(), "DB_PORT", Integer.toString(server.getPort()), "DB_NAME", database.name(),
                "DB_USER", database.user(), "DB_PASSWORD", database.password(),
                "PRODUCT_API_PORT", "0", "ANALYSIS_API_PORT", "0", "TRACKING_ENGINE_PORT", "0",
                "JWT_KEY_DIR", "target/test-certs", "ANALYSIS_OUTPUT_ROOT", "target/analysis-output"));
        env.put("STATIC_DIR", "target/static");
        // no background webhook sends: the hostile-input suites count every table's rows around each refused
        // request, and a retried delivery to a test endpoint adds an attempt row at any moment
        env.put("WEBHOOK_WORKER", "false");
        env.forEach(System::setProperty);
        platform = new LocalPlatform();
        platform.start(new LaunchSettings(env));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
        product = new HttpApi(port(platform.product()));
        analysis = new HttpApi(port(platform.analysis()));
    }

    int productPort() {
        return port(platform.product());
    }

    static synchronized RunningPlatform get() {
        if (instance == null) {
            instance = new RunningPlatform();
        }
        return instance;
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
