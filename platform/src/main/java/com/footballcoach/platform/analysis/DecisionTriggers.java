package com.footballcoach.platform.analysis;

import com.footballcoach.platform.alerts.AlertRaised;
import com.footballcoach.platform.alerts.DecisionEffectiveness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * New data for a match (an alert, suppressed or not; a segment with a severity) or the end of its
 * run evaluates the match's pending decisions. Runs after the triggering write commits; a failure
 * here is logged and never disturbs the run pipeline.
 */
@Component
class DecisionTriggers {

    private static final Logger log = LoggerFactory.getLogger(DecisionTriggers.class);

    private final DecisionEffectiveness effectiveness;

    DecisionTriggers(DecisionEffectiveness effectiveness) {
        this.effectiveness = effectiveness;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlertRaised event) {
        evaluate(event.matchId(), false);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SegmentCompleted event) {
        if (event.segment().severityScore() != null) {
            evaluate(event.matchId(), false);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RunFinished event) {
        evaluate(event.matchId(), true);
    }

    private void evaluate(String matchKey, boolean runEnded) {
        try {
            effectiveness.evaluate(matchKey, runEnded);
        } catch (RuntimeException e) {
            log.warn("Evaluating the decisions of match {} failed; the next data will retry", matchKey, e);
        }
    }
}
