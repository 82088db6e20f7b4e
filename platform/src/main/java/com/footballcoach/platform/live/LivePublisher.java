package com.footballcoach.platform.live;

import com.footballcoach.platform.alerts.AlertHistory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns stored rows into live events: it reads the row as committed and publishes it on the bus.
 * Called inside a transaction, it waits for the commit (a rolled-back row is never announced).
 */
@Component
public class LivePublisher {

    private final EventBus bus;
    private final SegmentFeed segments;
    private final AlertHistory alerts;
    private final JsonMapper json;

    LivePublisher(EventBus bus, SegmentFeed segments, AlertHistory alerts, JsonMapper json) {
        this.bus = bus;
        this.segments = segments;
        this.alerts = alerts;
        this.json = json;
    }

    /** A segment row of a run was stored: to the run's stream and to its match's stream. */
    public void segmentStored(String runId, int segmentIndex) {
        afterCommit(() -> segments.find(runId, segmentIndex).ifPresent(segment -> {
            long seq = segment.get("seq").asLong();
            String text = json.writeValueAsString(segment);
            bus.publish(new LiveEvent(LiveStreams.runSegments(runId), seq, "segment", text));
            bus.publish(new LiveEvent(LiveStreams.matchSegments(segment.get("match_id").asString()), seq, "segment", text));
        }));
    }

    /** An alert row was stored (and not suppressed): to the match key's alert stream. */
    public void alertStored(String matchKey, String alertId) {
        afterCommit(() -> alerts.find(matchKey, alertId).ifPresent(alert -> bus.publish(new LiveEvent(
                LiveStreams.alerts(matchKey), alert.get("seq").asLong(), "alert", json.writeValueAsString(alert)))));
    }

    /** A run's progress changed (transient: not replayed). */
    public void runProgressed(String runId, String status, double progress, String message) {
        ObjectNode node = json.createObjectNode();
        node.put("type", "progress");
        node.put("analysis_id", runId);
        node.put("status", status);
        node.put("progress", progress);
        node.put("message", message);
        afterCommit(() -> bus.publish(new LiveEvent(LiveStreams.runSegments(runId), null, "progress",
                json.writeValueAsString(node))));
    }

    /** A run reached a terminal status: its stream ends. */
    public void runFinished(String runId, String status) {
        afterCommit(() -> bus.publish(new LiveEvent(LiveStreams.runSegments(runId), null, "done", done(status))));
    }

    String done(String status) {
        ObjectNode node = json.createObjectNode();
        node.put("type", "done");
        node.put("status", status);
        return json.writeValueAsString(node);
    }

    private static void afterCommit(Runnable publish) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publish.run();
                }
            });
        } else {
            publish.run();
        }
    }
}
