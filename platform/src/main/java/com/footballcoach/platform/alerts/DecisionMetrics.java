package com.footballcoach.platform.alerts;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision metrics over the feedback of the caller's club (its owner and the staff of its teams),
 * optionally of one match key. Rates are 0..1 and 0 when nothing is counted: acceptance and
 * dismissal over all feedback; effectiveness over the evaluated decisions; escalation over the
 * evaluated dismissals.
 */
@Service
public class DecisionMetrics {

    /** Counts and rates of a set of decisions. */
    public record Figures(int totalFeedbacks, int accepted, int dismissed, int evaluated, int effective, int failed,
            int escalated, int evaluatedDismissals, double acceptanceRate, double dismissalRate,
            double effectivenessRate, double escalationAfterDismissRate) {

        static Figures of(int total, int accepted, int dismissed, int evaluated, int effective, int failed,
                int escalated, int evaluatedDismissals) {
            return new Figures(total, accepted, dismissed, evaluated, effective, failed, escalated, evaluatedDismissals,
                    rate(accepted, total), rate(dismissed, total), rate(effective, evaluated),
                    rate(escalated, evaluatedDismissals));
        }

        Figures plus(Figures o) {
            return of(totalFeedbacks + o.totalFeedbacks, accepted + o.accepted, dismissed + o.dismissed,
                    evaluated + o.evaluated, effective + o.effective, failed + o.failed, escalated + o.escalated,
                    evaluatedDismissals + o.evaluatedDismissals);
        }

        static double rate(int part, int whole) {
            return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
        }
    }

    /** The figures of one decision type. */
    public record TypeFigures(String decisionType, int totalFeedbacks, int accepted, int dismissed, int evaluated,
            int effective, int failed, int escalated, double acceptanceRate, double dismissalRate,
            double effectivenessRate, double escalationAfterDismissRate) {

        static TypeFigures of(String type, Figures f) {
            return new TypeFigures(type, f.totalFeedbacks(), f.accepted(), f.dismissed(), f.evaluated(), f.effective(),
                    f.failed(), f.escalated(), f.acceptanceRate(), f.dismissalRate(), f.effectivenessRate(),
                    f.escalationAfterDismissRate());
        }
    }

    /** {@code GET /api/decision/metrics}. */
    public record Metrics(@Nullable String matchId, Figures summary, List<TypeFigures> byDecisionType) {
    }

    private final JdbcClient jdbc;
    private final ClubScope scope;

    DecisionMetrics(JdbcClient jdbc, ClubScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    public Metrics metrics(CurrentUser user, @Nullable String matchKey) {
        if (matchKey != null) {
            scope.requireMatchKey(user, matchKey);
        }
        String club = user.clubId() == null ? user.id() : user.clubId();
        record Row(String type, Figures figures) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT COALESCE(decision_type, 'NONE') AS decision_type, COUNT(*) AS total,
                       SUM(action = 'ACCEPT') AS accepted, SUM(action = 'DISMISS') AS dismissed,
                       SUM(decision_effective IS NOT NULL) AS evaluated, SUM(COALESCE(decision_effective, 0)) AS effective,
                       SUM(COALESCE(decision_failed, 0)) AS failed, SUM(COALESCE(escalation_after_dismiss, 0)) AS escalated,
                       SUM(action = 'DISMISS' AND decision_effective IS NOT NULL) AS evaluated_dismissals
                  FROM decision_feedback
                 WHERE user_id IN """ + DecisionRepository.CLUB_MEMBERS + """
                   AND (:match IS NULL OR match_id = :match)
                 GROUP BY COALESCE(decision_type, 'NONE')
                 ORDER BY COALESCE(decision_type, 'NONE')
                """).param("club", club).param("match", matchKey)
                .query((rs, n) -> new Row(rs.getString("decision_type"), Figures.of(rs.getInt("total"),
                        rs.getInt("accepted"), rs.getInt("dismissed"), rs.getInt("evaluated"), rs.getInt("effective"),
                        rs.getInt("failed"), rs.getInt("escalated"), rs.getInt("evaluated_dismissals")))).list();
        Figures summary = rows.stream().map(Row::figures).reduce(Figures.of(0, 0, 0, 0, 0, 0, 0, 0), Figures::plus);
        return new Metrics(matchKey, summary, rows.stream().map(r -> TypeFigures.of(r.type(), r.figures())).toList());
    }
}
