package com.footballcoach.analysis.runs;

import com.footballcoach.analysis.engine.EngineCall;
import com.footballcoach.analysis.engine.EngineCallCancelled;
import com.footballcoach.analysis.engine.EngineFailure;
import com.footballcoach.analysis.engine.EnginePacket;
import com.footballcoach.analysis.engine.EngineRequest;
import com.footballcoach.analysis.engine.TrackingEngineClient;
import com.footballcoach.platform.analysis.Run;
import com.footballcoach.platform.analysis.RunLifecycle;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One claimed run, driven through the engine on a worker thread: progress persisted throttled
 * (at most every {@code progressInterval} or 5 %), each segment and alert stored, the terminal
 * packet stored always. A write the database refuses (run cancelled, marked stale, deleted)
 * stops the engine call.
 */
final class RunExecution implements Runnable {

    private static final double PROGRESS_STEP = 0.05;
    private static final Logger log = LoggerFactory.getLogger(RunExecution.class);

    private final Run run;
    private final String owner;
    private final TrackingEngineClient engine;
    private final RunLifecycle lifecycle;
    private final EngineCall call;
    private final long progressIntervalNanos;
    private long lastProgressNanos;
    private double lastProgress = -1;
    private int packets;
    private int persisted;

    RunExecution(Run run, String owner, TrackingEngineClient engine, RunLifecycle lifecycle, Duration progressInterval) {
        this.run = run;
        this.owner = owner;
        this.engine = engine;
        this.lifecycle = lifecycle;
        this.call = engine.newCall();
        this.progressIntervalNanos = progressInterval.toNanos();
    }

    String runId() {
        return run.id();
    }

    void cancel(String reason) {
        call.cancel(reason);
    }

    @Override
    public void run() {
        long started = System.nanoTime();
        try {
            EnginePacket.Terminal terminal = engine.analyze(call, new EngineRequest(run.inputVideoPath(), run.id(),
                    run.frameLimit(), run.skipJson(), run.confidenceThreshold()), this::handle);
            packets++;
            persisted++;
            if (terminal instanceof EnginePacket.Completed done) {
                lifecycle.complete(run, owner, done.outputs(), done.message());
            } else if (terminal instanceof EnginePacket.Failed failed) {
                lifecycle.fail(run, owner, failed.reason());
            }
        } catch (EngineCallCancelled e) {
            log.info("Run {}: engine call cancelled ({})", run.id(), e.getMessage());
            // a cancel or a stale mark has already written the status; a shutdown has not
            lifecycle.fail(run, owner, "interrupted: " + e.getMessage() + "; retry the analysis");
        } catch (EngineFailure e) {
            lifecycle.fail(run, owner, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Run {} broke on our side", run.id(), e);
            lifecycle.fail(run, owner, "internal error while driving the engine: " + e.getClass().getSimpleName());
        } finally {
            double seconds = (System.nanoTime() - started) / 1e9;
            log.info("Run {}: {} packets, {} persisted in {} s ({} persisted/s)", run.id(), packets, persisted,
                    String.format("%.2f", seconds), String.format("%.0f", persisted / Math.max(seconds, 1e-3)));
        }
    }

    private boolean handle(EnginePacket packet) {
        packets++;
        if (packet instanceof EnginePacket.Progress p) {
            return progress(p.progress(), p.message(), false);
        }
        if (packet instanceof EnginePacket.SegmentDone s) {
            lifecycle.segment(run, s.segment());
            persisted++;
            return progress(s.progress(), "Segment " + s.segment().segmentIndex() + " done", false);
        }
        if (packet instanceof EnginePacket.Alert a) {
            lifecycle.alert(run, a.alert());
            persisted++;
        }
        return true;
    }

    private boolean progress(double progress, String message, boolean force) {
        long now = System.nanoTime();
        if (!force && lastProgress >= 0 && now - lastProgressNanos < progressIntervalNanos
                && progress - lastProgress < PROGRESS_STEP) {
            return true;
        }
        lastProgressNanos = now;
        lastProgress = progress;
        persisted++;
        return lifecycle.progress(run, owner, progress, message);
    }
}
