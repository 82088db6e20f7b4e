package com.footballcoach.simulator;

import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running tracking-engine simulator: a gRPC server on {@link #port()} implementing
 * {@code AnalysisService.AnalyzeVideo}. Analyses run on a small bounded pool of daemon threads.
 *
 * <pre>{@code
 * try (EngineSimulator engine = EngineSimulator.start(SimulatorSettings.fullSpeed(outputRoot))) {
 *     engine.behaviour(Behaviour.failAt(2));
 *     // call 127.0.0.1:engine.port()
 * }
 * }</pre>
 */
public final class EngineSimulator implements AutoCloseable {

    /** Analyses running at once; more wait in a short queue, beyond it calls get RESOURCE_EXHAUSTED. */
    static final int MAX_CONCURRENT_ANALYSES = 4;
    static final int MAX_QUEUED_ANALYSES = 16;
    private static final long SHUTDOWN_GRACE_MILLIS = 2_000;

    private static final Logger log = LoggerFactory.getLogger(EngineSimulator.class);

    private final Server server;
    private final ThreadPoolExecutor workers;
    private final AnalysisEndpoint endpoint;
    private final AtomicReference<Behaviour> behaviour;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final int port;

    private EngineSimulator(Server server, ThreadPoolExecutor workers, AnalysisEndpoint endpoint,
            AtomicReference<Behaviour> behaviour) {
        this.server = server;
        this.workers = workers;
        this.endpoint = endpoint;
        this.behaviour = behaviour;
        this.port = server.getPort();
    }

    /**
     * Starts a simulator and returns once its port is bound.
     *
     * @throws UncheckedIOException when the port cannot be bound or the output root not created
     */
    public static EngineSimulator start(SimulatorSettings settings) {
        Objects.requireNonNull(settings, "settings");
        try {
            Files.createDirectories(settings.outputRoot());
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot create the output root " + settings.outputRoot(), ex);
        }
        AtomicReference<Behaviour> behaviour = new AtomicReference<>(settings.behaviour());
        ThreadPoolExecutor workers = new ThreadPoolExecutor(MAX_CONCURRENT_ANALYSES, MAX_CONCURRENT_ANALYSES,
                30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(MAX_QUEUED_ANALYSES), daemonThreads());
        workers.allowCoreThreadTimeOut(true);
        JsonMapper json = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build();
        AnalysisEndpoint endpoint = new AnalysisEndpoint(settings, behaviour::get, workers, json);
        Server server = Grpc.newServerBuilderForPort(settings.port(), InsecureServerCredentials.create())
                .addService(endpoint)
                .build();
        try {
            server.start();
        } catch (IOException ex) {
            workers.shutdownNow();
            throw new UncheckedIOException("Cannot start the engine simulator on port " + settings.port(), ex);
        }
        log.info("Engine simulator listening on port {}, output root {}", server.getPort(), settings.outputRoot());
        return new EngineSimulator(server, workers, endpoint, behaviour);
    }

    /** The bound port (the chosen one when the settings asked for 0). */
    public int port() {
        return port;
    }

    /** Changes how the next calls behave; calls already running keep the behaviour they started with. */
    public void behaviour(Behaviour newBehaviour) {
        behaviour.set(Objects.requireNonNull(newBehaviour, "behaviour"));
    }

    /** The current behaviour. */
    public Behaviour behaviour() {
        return behaviour.get();
    }

    /** Analyses accepted and not finished yet; goes back to 0 once every call has ended. */
    public int activeAnalyses() {
        return endpoint.activeAnalyses();
    }

    /** Blocks until the server has terminated (after {@link #close()}, from another thread). */
    public void awaitTermination() throws InterruptedException {
        server.awaitTermination();
    }

    /**
     * Stops taking calls, stops the running analyses at their next packet and shuts the server
     * down, waiting at most a few seconds.
     */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        server.shutdown();
        endpoint.stopAll();
        workers.shutdown();
        try {
            if (!server.awaitTermination(SHUTDOWN_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                server.shutdownNow();
                server.awaitTermination(SHUTDOWN_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
            if (!workers.awaitTermination(SHUTDOWN_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException ex) {
            server.shutdownNow();
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        log.info("Engine simulator on port {} stopped", port);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "engine-simulator-run-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
