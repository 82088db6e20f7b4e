package com.footballcoach.platform.live;

import com.footballcoach.platform.alerts.AlertRaised;
import com.footballcoach.platform.analysis.RunFinished;
import com.footballcoach.platform.analysis.RunProgressed;
import com.footballcoach.platform.analysis.SegmentCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Carries the domain events of runs and alerts (published after their rows commit) onto the live
 * bus. Services never call transports; this listener is the only link. It runs before the other
 * listeners of these events (the decision evaluation's queries), so that they do not delay the
 * live delivery.
 */
@Component
class LiveBridge {

    private final LivePublisher publisher;

    LiveBridge(LivePublisher publisher) {
        this.publisher = publisher;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(SegmentCompleted event) {
        publisher.segmentStored(event.analysisId(), event.segment().segmentIndex());
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(AlertRaised event) {
        if (event.suppressed()) {
            return;
        }
        publisher.alertStored(event.matchId(), event.alert().alertId());
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(RunProgressed event) {
        publisher.runProgressed(event.analysisId(), event.status(), event.progress(),
                event.message() == null ? "" : event.message());
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(RunFinished event) {
        publisher.runFinished(event.analysisId(), event.status());
    }
}
