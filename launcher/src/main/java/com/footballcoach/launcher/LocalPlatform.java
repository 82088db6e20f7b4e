package com.footballcoach.launcher;

import com.footballcoach.analysis.AnalysisApiApplication;
import com.footballcoach.embedded.EmbeddedMariaDb;
import com.footballcoach.platform.identity.JwtKeys;
import com.footballcoach.product.ProductApiApplication;
import com.footballcoach.simulator.EngineSimulator;
import com.footballcoach.simulator.EngineSimulatorMain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import com.footballcoach.platform.live.EventBus;
import com.footballcoach.platform.live.InProcessEventBus;

/**
 * {@code ./coach up}: the whole platform in one JVM — an embedded MariaDB (unless {@code DB_HOST}
 * names a server), the tracking-engine simulator, the product API and the analysis API — with
 * demo data in an empty database. Ctrl-C stops everything, in reverse order.
 */
public final class LocalPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private @Nullable ConfigurableApplicationContext product;
    private @Nullable ConfigurableApplicationContext analysis;

    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        LaunchSettings settings = LaunchSettings.load(Path.of(".env"), System.getenv());
        LocalPlatform platform = new LocalPlatform();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "coach-shutdown"));
        try {
            platform.start(settings, args);
        } catch (RuntimeException e) {
            log.error("The platform could not start: {}", e.getMessage(), e);
            System.exit(1);
        }
        System.out.println(Banner.text(settings, Duration.ofNanos(System.nanoTime() - started)));
        stopped.await();
    }

    /** Starts every part; on failure, stops what had started and rethrows. */
    public void start(LaunchSettings settings, String... args) {
        try {
            prepareDatabase(settings);
            prepareKeys(settings);
            startEngineSimulator(settings);
            System.setProperty("DEMO_DATA", settings.get("DEMO_DATA", "true"));
            System.setProperty("SCHEMA_MODE", "migrate");
            ConfigurableApplicationContext shared = sharedContext(settings);
            product = ProductApiApplication.builder().parent(shared).registerShutdownHook(false).run(args);
            running.push(product);
            analysis = AnalysisApiApplication.builder().parent(shared).registerShutdownHook(false).run(args);
            running.push(analysis);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * What both apps share in one JVM: the in-process event bus, so an alert raised by the analysis
     * API reaches the WebSocket clients of the product API. With {@code EVENT_BUS=redis} each app
     * builds its own Redis bus instead.
     */
    private ConfigurableApplicationContext sharedContext(LaunchSettings settings) {
        GenericApplicationContext shared = new GenericApplicationContext();
        if (!"redis".equalsIgnoreCase(settings.get("EVENT_BUS", "in-process"))) {
            shared.registerBean("eventBus", EventBus.class, InProcessEventBus::new);
        }
        shared.refresh();
        running.push(shared);
        return shared;
    }

    private void prepareDatabase(LaunchSettings settings) {
        if (settings.has("DB_HOST")) {
            log.info("Using the database server at {}:{}", settings.get("DB_HOST", ""), settings.get("DB_PORT", "3306"));
            return;
        }
        EmbeddedMariaDb db = EmbeddedMariaDb.startPersistent(Path.of(settings.get("COACH_VAR_DIR", "var"), "mariadb")
                .toAbsolutePath());
        running.push(db);
        String name = settings.get("DB_NAME", "soccer_analytics");
        db.createDatabase(name);
        System.setProperty("DB_HOST", "127.0.0.1");
        System.setProperty("DB_PORT", Integer.toString(db.port()));
        System.setProperty("DB_USER", "root");
        System.setProperty("DB_PASSWORD", "");
        System.setProperty("DB_NAME", name);
    }

    private void startEngineSimulator(LaunchSettings settings) {
        String host = settings.get("TRACKING_ENGINE_HOST", "127.0.0.1");
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            log.info("Using the tracking engine at {}:{}", host, settings.get("TRACKING_ENGINE_PORT", "50051"));
            return;
        }
        EngineSimulator engine = EngineSimulator.start(EngineSimulatorMain.settingsFrom(settings.values()));
        running.push(engine);
        System.setProperty("TRACKING_ENGINE_HOST", "127.0.0.1");
        System.setProperty("TRACKING_ENGINE_PORT", Integer.toString(engine.port()));
        log.info("Tracking-engine simulator listening on {}", engine.port());
    }

    private static void prepareKeys(LaunchSettings settings) {
        if (settings.has("JWT_PRIVATE_KEY") || settings.has("JWT_PRIVATE_KEY_PATH")) {
            return;
        }
        Path dir = Path.of(settings.get("JWT_KEY_DIR", "certs"));
        if (JwtKeys.generateDevelopmentKeys(dir)) {
            log.info("Generated a development JWT key pair in {}/ (private key readable by you only)", dir);
        }
    }

    public @Nullable ConfigurableApplicationContext product() {
        return product;
    }

    public @Nullable ConfigurableApplicationContext analysis() {
        return analysis;
    }

    @Override
    public synchronized void close() {
        while (!running.isEmpty()) {
            AutoCloseable part = running.pop();
            try {
                part.close();
            } catch (Exception e) {
                log.warn("Stopping {} failed: {}", part.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
