package com.footballcoach.product.alerts;

import com.footballcoach.platform.alerts.AlertHistory;
import com.footballcoach.platform.alerts.DecisionAction;
import com.footballcoach.platform.alerts.DecisionFeedback;
import com.footballcoach.platform.alerts.DecisionMetrics;
import com.footballcoach.platform.alerts.DecisionReview;
import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tactical alerts and decisions. Every route is scoped by {@link ClubScope}: a match key of another
 * club, or a decision of one, answers 404.
 */
@RestController
@Tag(name = "Tactical alerts")
class AlertController {

    /** {@code POST /api/decision/feedback}; {@code match_id: ""} means absent (contract §7.15). */
    record FeedbackInput(@Nullable String decisionId, @Nullable String action, @Nullable Double matchTime,
            @Nullable String matchId) {
    }

    private final AlertHistory history;
    private final ClubScope scope;
    private final DecisionFeedback feedback;
    private final DecisionMetrics metrics;
    private final DecisionReview review;
    private final AlertAdvisor advisor;

    AlertController(AlertHistory history, ClubScope scope, DecisionFeedback feedback, DecisionMetrics metrics,
            DecisionReview review, AlertAdvisor advisor) {
        this.history = history;
        this.scope = scope;
        this.feedback = feedback;
        this.metrics = metrics;
        this.review = review;
        this.advisor = advisor;
    }

    @Operation(summary = "Alert history of a match key in match-time order, with the caller's own feedback")
    @GetMapping("/api/matches/{matchId}/alerts")
    List<ObjectNode> alerts(@AuthenticationPrincipal CurrentUser user, @PathVariable String matchId) {
        scope.requireMatchKey(user, matchId);
        return history.history(matchId, user.id());
    }

    @Operation(summary = "Accept or dismiss an alert's decision (idempotent per user and decision)")
    @PostMapping({"/api/decision/feedback", "/decision/feedback"})
    DecisionFeedback.Result decide(@AuthenticationPrincipal CurrentUser user, @RequestBody FeedbackInput input) {
        if (input.decisionId() == null || input.decisionId().isBlank()) {
            throw new InvalidInput("decision_id", "decision_id is required.");
        }
        DecisionAction action = DecisionAction.ofName(input.action())
                .orElseThrow(() -> new InvalidInput("action", "action must be ACCEPT or DISMISS."));
        String matchKey = input.matchId() == null || input.matchId().isBlank() ? null : input.matchId().strip();
        return feedback.submit(user, input.decisionId().strip(), action, input.matchTime(), matchKey);
    }

    @Operation(summary = "Accept or dismiss one alert (feedback=accepted|dismissed)")
    @PostMapping("/api/matches/{matchId}/alerts/{alertId}/feedback")
    DecisionFeedback.Result alertFeedback(@AuthenticationPrincipal CurrentUser user, @PathVariable String matchId,
            @PathVariable String alertId, @RequestParam(name = "feedback", required = false) @Nullable String value) {
        DecisionAction action = DecisionAction.parse(value)
                .orElseThrow(() -> new InvalidInput("feedback", "feedback must be accepted or dismissed."));
        return feedback.submitForAlert(user, matchId, alertId, action);
    }

    @Operation(summary = "Decision metrics of the caller's club, optionally of one match key")
    @GetMapping({"/api/decision/metrics", "/decision/metrics"})
    DecisionMetrics.Metrics metrics(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "match_id", required = false) @Nullable String matchId) {
        return metrics.metrics(user, matchId == null || matchId.isBlank() ? null : matchId.strip());
    }

    @Operation(summary = "Coaching advisory of an alert (language model or templates; cached)")
    @GetMapping("/api/matches/{matchId}/alerts/{alertId}/advisory")
    ObjectNode advisory(@AuthenticationPrincipal CurrentUser user, @PathVariable String matchId,
            @PathVariable String alertId) {
        scope.requireMatchKey(user, matchId);
        return advisor.advisory(matchId, alertId);
    }

    @Operation(summary = "Post-match decision review: alerts, decisions taken, measured effect, totals per type")
    @GetMapping("/api/matches/{matchId}/decision_review")
    DecisionReview.Review review(@AuthenticationPrincipal CurrentUser user, @PathVariable String matchId) {
        return review.review(user, matchId);
    }
}
