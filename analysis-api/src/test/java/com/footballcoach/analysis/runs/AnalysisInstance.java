package com.footballcoach.analysis.runs;

import com.footballcoach.analysis.AnalysisApiApplication;
import com.footballcoach.embedded.TestDatabase;
import com.footballcoach.platform.testing.TestKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The settings of one analysis API instance for the fault drills, on its own schema (so the run
 * workers of other test contexts never see its runs), as command-line arguments: the same list
 * starts it in this JVM ({@link #start}) or as a separate process ({@link JavaProcess}).
 */
final class AnalysisInstance {

    /** How long a separate process may take to serve, on a loaded 2-core machine. */
    static final Duration STARTUP = Duration.ofSeconds(120);

    private AnalysisInstance() {
    }

    static List<String> args(TestDatabase database, int port, int enginePort, Path outputRoot,
            Map<String, String> extra) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.config.name", AnalysisApiApplication.CONFIG_NAME);
        settings.put("server.port", Integer.toString(port));
        settings.put("spring.datasource.url", database.jdbcUrl());
        settings.put("spring.datasource.username", database.user());
        settings.put("spring.datasource.password", database.password());
        settings.put("spring.datasource.hikari.maximum-pool-size", "4");
        settings.put("coach.schema.mode", "validate");
        settings.put("coach.jwt.private-key", TestKeys.privatePem(TestKeys.CURRENT));
        settings.put("coach.jwt.public-key", TestKeys.publicPem(TestKeys.CURRENT));
        settings.put("coach.tracking-engine.port", Integer.toString(enginePort));
        settings.put("coach.tracking-engine.connect-attempts", "2");
        settings.put("coach.tracking-engine.retry-backoff", "200ms");
        settings.put("coach.analysis.output-root", outputRoot.toString());
        settings.put("coach.analysis.worker.enabled", "true");
        settings.putAll(extra);
        List<String> args = new ArrayList<>();
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        return args;
    }

    /** Starts the analysis API in this JVM with those arguments. */
    static ConfigurableApplicationContext start(List<String> args) {
        return AnalysisApiApplication.builder().registerShutdownHook(false).run(args.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }
}
