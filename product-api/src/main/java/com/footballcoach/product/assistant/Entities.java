package com.footballcoach.product.assistant;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a question names: players (by name or shirt number, from the caller's rosters), a window
 * of recent matches ("last match" = 1, "last 5 matches" = 5), opponents and formations.
 */
record Entities(List<Roster.Player> players, @Nullable Integer lastMatches, List<Roster.Team> opponents,
        List<Roster.Formation> formations, List<String> glossaryTerms) {

    static Entities none() {
        return new Entities(List.of(), null, List.of(), List.of(), List.of());
    }
}
