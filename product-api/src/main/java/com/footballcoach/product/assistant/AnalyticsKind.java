package com.footballcoach.product.assistant;

import java.util.Locale;

/** The analytical questions answered by SQL. */
enum AnalyticsKind {
    /** Top improving players by sprint intensity: mean of the last 5 matches minus the previous 5. */
    SPRINT_TREND,
    /** Highest average rating over the team's last N matches. */
    TOP_RATING,
    /** Formations ranked by the average pressures of their starting line-ups. */
    PRESSING_FORMATIONS;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
