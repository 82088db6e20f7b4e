package com.footballcoach.product.assistant;

import java.util.Locale;

/**
 * What a question asks for. The first six are the router's, in its priority order (the first that
 * fires wins); the last four come from the metric layer's {@link QuestionParser}, which is asked
 * first: a metric query, a line-up suggestion from form, a match review, and a refusal.
 */
enum Intent {
    ANALYTICAL, PLAYER_STATS, TACTICAL_KNOWLEDGE, MATCH_STATS, TEAM_SUMMARY, GENERAL, METRIC, ADVICE, REVIEW, REFUSAL;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
