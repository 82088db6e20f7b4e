package com.footballcoach.platform.alerts;

import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures decisions from the data, not with a timer: the pending feedback of a match is evaluated
 * whenever new alerts or segments with a severity arrive for it, and when its run ends. A decision
 * is measured once at least {@value #MIN_WINDOWS} later windows (alerts or segments after the
 * decision's match time) exist — or, when the run has ended, at least one — over at most
 * {@value #MAX_WINDOWS} of them. Each row is written once ({@code evaluated_at IS NULL} guard), so
 * evaluating again, from any instance or after a restart, changes nothing. Each row measured is
 * announced as {@link DecisionEvaluated} inside the transaction that stores it.
 */
@Service
public class DecisionEffectiveness {

    static final int MIN_WINDOWS = 2;
    static final int MAX_WINDOWS = 3;

    private final DecisionRepository decisions;
    private final ApplicationEventPublisher events;

    DecisionEffectiveness(DecisionRepository decisions, ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.events = events;
    }

    /** Evaluates the pending feedback of the match key; returns how many rows got an outcome. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int evaluate(String matchKey, boolean runEnded) {
        List<DecisionRepository.Feedback> pending = decisions.findAllPendingByMatch(matchKey).stream()
                .filter(f -> f.matchTime() != null).toList();
        if (pending.isEmpty()) {
            return 0;
        }
        double from = pending.stream().map(DecisionRepository.Feedback::matchTime).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).min().orElse(0);
        List<DecisionRepository.Window> windows = decisions.findAllWindowsAfter(matchKey, from);
        int stored = 0;
        for (DecisionRepository.Feedback feedback : pending) {
            double time = Objects.requireNonNull(feedback.matchTime());
            List<DecisionRepository.Window> later = windows.stream().filter(w -> w.time() > time)
                    .limit(MAX_WINDOWS).toList();
            if (later.size() < MIN_WINDOWS && !(runEnded && !later.isEmpty())) {
                continue;
            }
            double mean = later.stream().mapToDouble(DecisionRepository.Window::severity).average().orElse(0);
            DecisionAction action = DecisionAction.valueOf(feedback.action());
            double atTime = feedback.severityAtTime() == null ? 0 : feedback.severityAtTime();
            DecisionOutcome outcome = DecisionOutcome.of(action, atTime, mean);
            if (decisions.storeOutcome(feedback.id(), outcome, mean, later.size()) == 1) {
                stored++;
                events.publishEvent(new DecisionEvaluated(feedback.id(), feedback.userId(), feedback.matchId(),
                        feedback.decisionId(), feedback.decisionType(), feedback.action(), feedback.severityAtTime(),
                        mean, later.size(), outcome));
            }
        }
        return stored;
    }
}
