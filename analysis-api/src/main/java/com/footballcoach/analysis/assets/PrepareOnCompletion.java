package com.footballcoach.analysis.assets;

import com.footballcoach.platform.analysis.RunFinished;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * When a run completes, its MP4 outputs are made faststart and their previews queued, and its
 * JSON outputs get their preview indexes, once, off the worker thread — so the first viewer does
 * not pay for it.
 */
@Component
class PrepareOnCompletion implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PrepareOnCompletion.class);

    private final RunFiles runs;
    private final AssetPreparation preparation;
    private final JsonMapper json;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "asset-preparation");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    PrepareOnCompletion(RunFiles runs, AssetPreparation preparation, JsonMapper json) {
        this.runs = runs;
        this.preparation = preparation;
        this.json = json;
    }

    /** After the commit: the run is published inside its transaction, and this reads it from another thread. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(RunFinished event) {
        if (!"COMPLETED".equals(event.status())) {
            return;
        }
        executor.execute(() -> runs.findById(event.analysisId())
                .filter(run -> run.outputs() != null)
                .ifPresent(run -> {
                    try {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> outputs = json.readValue(run.outputs(), Map.class);
                        preparation.prepare(run.id(), outputs);
                    } catch (RuntimeException e) {
                        log.warn("Preparing the outputs of run {} failed: {}", run.id(), e.toString());
                    }
                }));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
