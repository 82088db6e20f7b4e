package com.footballcoach.platform.alerts;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.NotFound;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A coach's ACCEPT or DISMISS of an alert's decision: stored once per user and decision (a second
 * submission changes nothing and says so), a DISMISS arms the suppression of that decision type
 * for the match, and the decision is measured at once if the later data is already there.
 */
@Service
public class DecisionFeedback {

    /** The answer to a submission. */
    public record Result(String status, boolean idempotent, String decisionId, String action, String decisionType,
            String matchId) {
    }

    private final DecisionRepository decisions;
    private final ClubScope scope;
    private final AlertSuppression suppression;
    private final DecisionEffectiveness effectiveness;

    DecisionFeedback(DecisionRepository decisions, ClubScope scope, AlertSuppression suppression,
            DecisionEffectiveness effectiveness) {
        this.decisions = decisions;
        this.scope = scope;
        this.suppression = suppression;
        this.effectiveness = effectiveness;
    }

    /**
     * Feedback on a decision id, optionally within one match key. Throws {@link NotFound} unless
     * the decision is an alert of a match the user can access.
     */
    public Result submit(CurrentUser user, String decisionId, DecisionAction action, @Nullable Double matchTime,
            @Nullable String matchKey) {
        // one access check per match key, not per alert carrying the decision id
        Map<String, Boolean> access = new HashMap<>();
        DecisionRepository.DecidedAlert alert = decisions.findAllAlertsByDecision(decisionId, matchKey).stream()
                .filter(a -> access.computeIfAbsent(a.matchId(), key -> scope.canAccessMatchKey(user, key)))
                .findFirst().orElseThrow(() -> new NotFound("Decision"));
        return record(user, alert, action, matchTime);
    }

    /** Feedback on one alert of a match key (the alert's decision). */
    public Result submitForAlert(CurrentUser user, String matchKey, String alertId, DecisionAction action) {
        scope.requireMatchKey(user, matchKey);
        DecisionRepository.DecidedAlert alert = decisions.findAlert(matchKey, alertId)
                .orElseThrow(() -> new NotFound("Alert"));
        return record(user, alert, action, null);
    }

    private Result record(CurrentUser user, DecisionRepository.DecidedAlert alert, DecisionAction action,
            @Nullable Double matchTime) {
        var existing = decisions.findByUserAndDecision(user.id(), alert.decisionId());
        if (existing.isPresent()) {
            return idempotent(existing.get(), alert);
        }
        try {
            decisions.insert(UUID.randomUUID().toString(), user.id(), alert, action, matchTime);
        } catch (DuplicateKeyException raced) {
            return idempotent(decisions.findByUserAndDecision(user.id(), alert.decisionId()).orElseThrow(), alert);
        }
        if (action == DecisionAction.DISMISS) {
            suppression.armAfterDismiss(alert.matchId(), alert.decisionType());
        }
        effectiveness.evaluate(alert.matchId(), decisions.runsEnded(alert.matchId()));
        return new Result("success", false, alert.decisionId(), action.name(), alert.decisionType(), alert.matchId());
    }

    private static Result idempotent(DecisionRepository.Feedback stored, DecisionRepository.DecidedAlert alert) {
        return new Result("success", true, stored.decisionId(), stored.action(),
                stored.decisionType() == null ? alert.decisionType() : stored.decisionType(),
                stored.matchId() == null ? alert.matchId() : stored.matchId());
    }
}
