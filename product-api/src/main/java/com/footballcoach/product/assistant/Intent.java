package com.footballcoach.product.assistant;

import java.util.Locale;

/** What a question asks for, in the router's priority order (the first that fires wins). */
enum Intent {
    ANALYTICAL, PLAYER_STATS, TACTICAL_KNOWLEDGE, MATCH_STATS, TEAM_SUMMARY, GENERAL;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
