package com.footballcoach.product.assistant;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** The facts retrieval reads for a question; every number comes straight from SQL. */
final class FootballData {

    private FootballData() {
    }

    /** A player's averages over their last {@code window} matches with minutes. */
    record PlayerStats(String playerId, String name, String teamName, @Nullable Integer jerseyNumber,
            @Nullable String position, int window, int matches, int minutes, int shots, int passes, int tackles,
            double sprints, double pressures, double distanceKm, @Nullable Double rating) {
    }

    /** A match seen from one of the caller's teams. */
    record MatchSummary(String matchId, LocalDateTime dateTime, String status, String homeTeam, String awayTeam,
            int homeScore, int awayScore, String teamId, String teamName, @Nullable Double possession,
            @Nullable Double expectedGoals, @Nullable Integer shots, @Nullable Integer pressures, int totalMatching) {

        String label() {
            return dateTime.toLocalDate() + " " + homeTeam + " " + homeScore + "-" + awayScore + " " + awayTeam;
        }
    }

    /** A match's best-rated player of the caller's side. */
    record TopPerformer(String matchId, String playerId, String name, double rating) {
    }

    /** A team's completed matches so far. */
    record TeamRecord(String teamId, String teamName, int played, int won, int drawn, int lost, int goalsFor,
            int goalsAgainst) {
    }
}
