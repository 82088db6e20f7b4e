package com.footballcoach.product.assistant;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the caller may ask about: the players of their teams, their teams and the teams those
 * met, and the formations they can see. Entities are only ever matched against this.
 */
record Roster(List<Player> players, List<Team> teams, List<Team> opponents, List<Formation> formations) {

    record Player(String id, String name, String teamId, @Nullable Integer jerseyNumber) {
    }

    record Team(String id, String name) {
    }

    record Formation(String id, String name, @Nullable String description) {
    }

    static Roster empty() {
        return new Roster(List.of(), List.of(), List.of(), List.of());
    }
}
