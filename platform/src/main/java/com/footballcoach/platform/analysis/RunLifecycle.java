package com.footballcoach.platform.analysis;

import com.footballcoach.platform.alerts.AlertIngest;
import com.footballcoach.platform.alerts.AlertReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worker's side of a run: claiming queued runs, heartbeats, the engine's packets and the
 * terminal states, and stale detection. Writes are conditional on the run still being
 * PROCESSING and owned by the caller's instance; a {@code false} answer means the run was
 * cancelled, marked stale or deleted meanwhile, and the caller should stop its engine call.
 * Progress and segment events are published after the write has committed; {@link RunFinished}
 * of a run this class ends (COMPLETED, FAILED, stale) is published inside the transaction of the
 * terminal write, so that a listener may write in it (the webhook outbox); listeners that need
 * the committed row listen after the commit.
 */
@Service
public class RunLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RunLifecycle.class);

    private final RunRepository runs;
    private final SegmentRepository segments;
    private final AlertIngest alerts;
    private final AnalysisSettings settings;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    RunLifecycle(RunRepository runs, SegmentRepository segments, AlertIngest alerts, AnalysisSettings settings,
            TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.runs = runs;
        this.segments = segments;
        this.alerts = alerts;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
    }

    /** Claims up to {@code max} queued runs for this instance, oldest first. */
    public List<Run> claim(String owner, int max) {
        List<Run> claimed = new ArrayList<>();
        if (max <= 0) {
            return claimed;
        }
        for (String id : runs.findQueuedIds(max)) {
            if (runs.claim(id, owner) == 1) {
                runs.findById(id).ifPresent(run -> {
                    claimed.add(run);
                    events.publishEvent(new RunProgressed(run.id(), run.matchId(), run.status().name(), run.progress(),
                            run.message()));
                });
            }
        }
        return claimed;
    }

    /** Refreshes the heartbeat of the runs this instance drives. */
    public void heartbeat(Collection<String> ids, String owner) {
        if (!ids.isEmpty()) {
            runs.heartbeat(ids, owner);
        }
    }

    /** Of the given runs, those this instance no longer holds: their engine calls must stop. */
    public List<String> notHeld(Collection<String> ids, String owner) {
        return ids.isEmpty() ? List.of() : runs.findIdsNotHeld(ids, owner);
    }

    public boolean progress(Run run, String owner, double progress, @Nullable String message) {
        if (runs.updateProgress(run.id(), owner, progress, message) == 0) {
            return false;
        }
        events.publishEvent(new RunProgressed(run.id(), run.matchId(), RunStatus.PROCESSING.name(), progress, message));
        return true;
    }

    /** Stores a finished window (idempotent per run and segment index) and publishes it. */
    public AnalysisSegment segment(Run run, SegmentReport report) {
        segments.upsert(UUID.randomUUID().toString(), run.id(), run.matchId(), report);
        AnalysisSegment stored = segments.findByRunAndIndex(run.id(), report.segmentIndex()).orElseThrow();
        events.publishEvent(new SegmentCompleted(run.id(), run.matchId(), stored));
        return stored;
    }

    /** Hands an engine alert to the tactical-alert ingest (stored per match and alert id). */
    public void alert(Run run, AlertReport report) {
        alerts.ingest(run.matchId(), run.id(), report);
    }

    /**
     * COMPLETED with the engine's outputs (plus the well-known files it wrote in the run's folder
     * without reporting them, see {@link AnalysisOutputs#toMap(java.nio.file.Path, String)}), and
     * the run's report row, in one transaction.
     */
    public boolean complete(Run run, String owner, AnalysisOutputs outputs, String message) {
        Map<String, Object> map = outputs.toMap(settings.root(), run.id());
        Boolean done = transactions.execute(tx -> {
            if (runs.complete(run.id(), owner, map, message) == 0) {
                return false;
            }
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("analysis_id", run.id());
            report.put("match_id", run.matchId());
            report.put("input_video_name", run.inputVideoName());
            report.put("attempt", run.attempt());
            report.put("segments", segments.countByRun(run.id()));
            report.put("outputs", map);
            runs.upsertReport(UUID.randomUUID().toString(), run, report);
            events.publishEvent(new RunFinished(run.id(), run.matchId(), RunStatus.COMPLETED.name(), message));
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    public boolean fail(Run run, String owner, String error) {
        Boolean failed = transactions.execute(tx -> {
            if (runs.fail(run.id(), owner, error) == 0) {
                return false;
            }
            events.publishEvent(new RunFinished(run.id(), run.matchId(), RunStatus.FAILED.name(), error));
            return true;
        });
        if (Boolean.TRUE.equals(failed)) {
            log.info("Run {} failed: {}", run.id(), error);
            return true;
        }
        return false;
    }

    /**
     * Marks FAILED ("stale: ...") every PROCESSING run whose heartbeat is older than
     * {@code ANALYSIS_STALE_AFTER}. Each update re-checks owner and heartbeat, so an owner that
     * is alive keeps its run, and several instances may detect at once. Returns the runs marked.
     */
    public List<String> detectStale() {
        long seconds = Math.max(1, settings.stale().toSeconds());
        List<String> marked = new ArrayList<>();
        for (RunRepository.StaleCandidate run : runs.findStale(seconds)) {
            String error = "stale: no heartbeat from " + (run.owner() == null ? "its owner" : run.owner())
                    + " for more than " + seconds + " s; retry the analysis";
            Boolean stale = transactions.execute(tx -> {
                if (runs.markStale(run, seconds, error) != 1) {
                    return false;
                }
                events.publishEvent(new RunFinished(run.id(), run.matchId(), RunStatus.FAILED.name(), error));
                return true;
            });
            if (Boolean.TRUE.equals(stale)) {
                marked.add(run.id());
                log.warn("Run {} marked stale (owner {})", run.id(), run.owner());
            }
        }
        return marked;
    }
}
