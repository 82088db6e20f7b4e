package com.footballcoach.platform.alerts;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The post-match decision review of a match key: every alert in match-time order (suppressed ones
 * too, marked), the decision the club took on it (accepted, dismissed, ignored, or suppressed when
 * it was never shown), the measured effect, and totals per decision type. When several members
 * of the club answered the same decision, the caller's own answer wins, else the first one.
 */
@Service
public class DecisionReview {

    /** One alert of the match and what became of it. */
    public record Entry(String alertId, String decisionId, @Nullable Double matchTime, String timestamp,
            String decisionType, String category, double severityScore, String severityLabel,
            @Nullable String recommendedAction, boolean suppressed, @Nullable String suppressedReason, String decision,
            String effect, @Nullable Double severityAtDecision, @Nullable Double postSeverityAvg,
            int evaluationWindows) {
    }

    /** Totals of a decision type (or of the match). */
    public record Totals(int alerts, int suppressed, int accepted, int dismissed, int ignored, int effective, int failed,
            int escalated, int pending) {

        Totals add(Entry e) {
            return new Totals(alerts + 1, suppressed + (e.suppressed() ? 1 : 0),
                    accepted + (e.decision().equals("accepted") ? 1 : 0),
                    dismissed + (e.decision().equals("dismissed") ? 1 : 0),
                    ignored + (e.decision().equals("ignored") ? 1 : 0),
                    effective + (e.effect().equals("effective") ? 1 : 0),
                    failed + (e.effect().equals("failed") || e.effect().equals("escalated") ? 1 : 0),
                    escalated + (e.effect().equals("escalated") ? 1 : 0),
                    pending + (e.effect().equals("pending") ? 1 : 0));
        }
    }

    /** Totals of one decision type. */
    public record TypeTotals(String decisionType, Totals totals) {
    }

    /** {@code GET /api/matches/{match_id}/decision_review}. */
    public record Review(String matchId, Totals summary, List<TypeTotals> byDecisionType, List<Entry> alerts) {
    }

    private record AlertRow(String alertId, String decisionId, @Nullable Double matchTime, String timestamp,
            String decisionType, String category, double severityScore, String severityLabel,
            @Nullable String recommendedAction, boolean suppressed, @Nullable String suppressedReason) {
    }

    private final JdbcClient jdbc;
    private final DecisionRepository decisions;
    private final ClubScope scope;

    DecisionReview(JdbcClient jdbc, DecisionRepository decisions, ClubScope scope) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    public Review review(CurrentUser user, String matchKey) {
        scope.requireMatchKey(user, matchKey);
        String club = user.clubId() == null ? user.id() : user.clubId();
        Map<String, DecisionRepository.Feedback> byDecision = new HashMap<>();
        for (DecisionRepository.Feedback f : decisions.findAllByMatchAndClub(matchKey, club)) {
            if (!byDecision.containsKey(f.decisionId()) || f.userId().equals(user.id())) {
                byDecision.put(f.decisionId(), f);
            }
        }
        List<AlertRow> rows = jdbc.sql("""
                SELECT alert_id, decision_id, match_time, alert_timestamp, decision_type, category, severity_score,
                       severity_label, recommended_action, suppressed, suppressed_reason
                  FROM tactical_alerts WHERE match_id = :match
                 ORDER BY match_time IS NULL, match_time, seq
                """).param("match", matchKey).query((rs, n) -> new AlertRow(rs.getString("alert_id"),
                        rs.getString("decision_id"), rs.getObject("match_time", Double.class),
                        rs.getString("alert_timestamp"), rs.getString("decision_type"), rs.getString("category"),
                        rs.getDouble("severity_score"), rs.getString("severity_label"),
                        rs.getString("recommended_action"), rs.getBoolean("suppressed"),
                        rs.getString("suppressed_reason"))).list();
        List<Entry> entries = new ArrayList<>();
        Totals empty = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0);
        Totals summary = empty;
        Map<String, Totals> byType = new TreeMap<>();
        for (AlertRow a : rows) {
            DecisionRepository.Feedback f = byDecision.get(a.decisionId());
            Entry e = new Entry(a.alertId(), a.decisionId(), a.matchTime(), a.timestamp(), a.decisionType(),
                    a.category(), a.severityScore(), a.severityLabel(), a.recommendedAction(), a.suppressed(),
                    a.suppressedReason(), decision(a, f), effect(f), f == null ? null : f.severityAtTime(),
                    f == null || f.postSeverityAvg() == null ? null : Math.round(f.postSeverityAvg() * 1000) / 1000.0,
                    f == null ? 0 : f.evaluationWindows());
            entries.add(e);
            summary = summary.add(e);
            byType.merge(a.decisionType(), empty.add(e), (old, one) -> old.add(e));
        }
        Map<String, Totals> ordered = new LinkedHashMap<>(byType);
        return new Review(matchKey, summary,
                ordered.entrySet().stream().map(t -> new TypeTotals(t.getKey(), t.getValue())).toList(), entries);
    }

    private static String decision(AlertRow alert, DecisionRepository.@Nullable Feedback f) {
        if (f != null) {
            return "ACCEPT".equals(f.action()) ? "accepted" : "dismissed";
        }
        return alert.suppressed() ? "suppressed" : "ignored";
    }

    private static String effect(DecisionRepository.@Nullable Feedback f) {
        if (f == null) {
            return "none";
        }
        if (!f.evaluated() || f.effective() == null) {
            return "pending";
        }
        if (f.escalation() != null && f.escalation() == 1) {
            return "escalated";
        }
        return f.effective() == 1 ? "effective" : f.failed() != null && f.failed() == 1 ? "failed" : "no_change";
    }
}
