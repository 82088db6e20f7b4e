package com.footballcoach.analysis.runs;

import com.footballcoach.analysis.engine.TrackingEngineClient;
import com.footballcoach.platform.analysis.AnalysisSettings;
import com.footballcoach.platform.analysis.Run;
import com.footballcoach.platform.analysis.RunFinished;
import com.footballcoach.platform.analysis.RunLifecycle;
import com.footballcoach.platform.analysis.RunQueued;
import com.footballcoach.platform.analysis.RunStatus;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The run worker of this analysis instance. It claims QUEUED runs in submission order with a
 * conditional UPDATE (so several instances never take the same run), drives at most
 * {@code ANALYSIS_MAX_CONCURRENT} at once, heartbeats them, and stops the engine call of a run
 * that is cancelled or no longer its own. It is woken at once by a submit in this JVM
 * ({@link RunQueued}) and polls every second for runs submitted elsewhere (the product API).
 * Stale detection runs at start-up and periodically.
 */
@Component
@EnableConfigurationProperties(RunWorkerSettings.class)
class RunWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RunWorker.class);
    private static final long STOP_GRACE_SECONDS = 5;

    private final RunLifecycle lifecycle;
    private final TrackingEngineClient engine;
    private final AnalysisSettings settings;
    private final RunWorkerSettings worker;
    private final String instanceId = newInstanceId();
    private final Map<String, RunExecution> running = new ConcurrentHashMap<>();
    private @Nullable ScheduledExecutorService scheduler;
    private @Nullable ExecutorService runners;
    private volatile boolean started;

    RunWorker(RunLifecycle lifecycle, TrackingEngineClient engine, AnalysisSettings settings, RunWorkerSettings worker) {
        this.lifecycle = lifecycle;
        this.engine = engine;
        this.settings = settings;
        this.worker = worker;
    }

    /** The owner name this instance writes into {@code owner_instance}. */
    String instanceId() {
        return instanceId;
    }

    @Override
    public synchronized void start() {
        if (!worker.isEnabled() || started) {
            log.info("Run worker {}", started ? "already started" : "disabled");
            return;
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(threads("analysis-worker", true));
        scheduler = timer;
        runners = Executors.newFixedThreadPool(settings.maxConcurrent(), threads("analysis-run", false));
        started = true;
        Duration heartbeat = worker.heartbeat(settings.stale());
        Duration staleCheck = settings.stale().dividedBy(2);
        timer.execute(() -> guarded("stale detection", lifecycle::detectStale));
        timer.scheduleWithFixedDelay(() -> guarded("claim", this::claim), 0, worker.poll().toMillis(),
                TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(() -> guarded("heartbeat", this::heartbeat), heartbeat.toMillis(),
                heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(() -> guarded("stale detection", lifecycle::detectStale), staleCheck.toMillis(),
                staleCheck.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Run worker {} started: at most {} runs at once, heartbeat every {}, stale after {}", instanceId,
                settings.maxConcurrent(), heartbeat, settings.stale());
    }

    @Override
    public synchronized void stop() {
        if (!started) {
            return;
        }
        started = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        running.values().forEach(run -> run.cancel("the analysis instance stopped"));
        if (runners != null) {
            runners.shutdown();
            try {
                runners.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        log.info("Run worker {} stopped", instanceId);
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    @EventListener
    void onQueued(RunQueued queued) {
        wake();
    }

    @EventListener
    void onFinished(RunFinished finished) {
        RunExecution execution = running.get(finished.analysisId());
        if (execution != null && !RunStatus.COMPLETED.name().equals(finished.status())) {
            execution.cancel("run " + finished.status().toLowerCase() + ": " + finished.message());
        }
    }

    private void wake() {
        ScheduledExecutorService timer = scheduler;
        if (started && timer != null) {
            timer.execute(() -> guarded("claim", this::claim));
        }
    }

    private synchronized void claim() {
        ExecutorService pool = runners;
        int free = settings.maxConcurrent() - running.size();
        if (!started || pool == null || free <= 0) {
            return;
        }
        List<Run> claimed = lifecycle.claim(instanceId, free);
        for (Run run : claimed) {
            RunExecution execution = new RunExecution(run, instanceId, engine, lifecycle, worker.progress());
            running.put(run.id(), execution);
            log.info("Run {} claimed by {} (attempt {})", run.id(), instanceId, run.attempt());
            pool.execute(() -> {
                try {
                    execution.run();
                } finally {
                    running.remove(run.id());
                    wake();
                }
            });
        }
    }

    private void heartbeat() {
        List<String> ids = List.copyOf(running.keySet());
        if (ids.isEmpty()) {
            return;
        }
        lifecycle.heartbeat(ids, instanceId);
        for (String lost : lifecycle.notHeld(ids, instanceId)) {
            RunExecution execution = running.get(lost);
            if (execution != null) {
                execution.cancel("the run is no longer held by " + instanceId);
            }
        }
    }

    private static void guarded(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Run worker {} failed: {}", what, e.toString());
        }
    }

    private static String newInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "localhost";
        }
        String id = host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() <= 128 ? id : id.substring(id.length() - 128);
    }

    private static ThreadFactory threads(String name, boolean daemon) {
        AtomicInteger counter = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + counter.incrementAndGet());
            thread.setDaemon(daemon);
            return thread;
        };
    }
}
