package com.footballcoach.product.assistant;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A question of the metric layer: metric × subject × window × operation. The local parser and
 * the remote model both produce one; {@link MetricRepository} turns it into one SQL statement.
 *
 * @param metric     from {@link MetricCatalogue}
 * @param subject    whose values: the caller's team(s), named players, all their players, or the
 *                   opponents in their matches
 * @param playerIds  the named players (subject {@code PLAYER}), from the caller's roster
 * @param window     which matches
 * @param operation  what to compute over them
 * @param ascending  rank (or pick) the lowest first: "fewest", "least"
 * @param category   for {@code alerts}: one alert category (PRESSING, COMPACTNESS…), or null for all
 * @param position   for player metrics: only players of this position (GK, DEF, MID, FWD), or null
 */
record MetricQuery(Metric metric, Subject subject, List<String> playerIds, Window window, Operation operation,
        boolean ascending, @Nullable String category, @Nullable String position) {

    MetricQuery {
        playerIds = List.copyOf(playerIds);
    }

    /** Why the query cannot run (a metric of the wrong grain for the subject…), or null when it can. */
    @Nullable String problem() {
        boolean teamGrain = metric.grain() == Metric.Grain.TEAM_MATCH;
        if (teamGrain && (subject == Subject.PLAYER || subject == Subject.ALL_PLAYERS)) {
            return metric.code() + " is a team metric: the subject must be team or opponent";
        }
        if (!teamGrain && (subject == Subject.TEAM || subject == Subject.OPPONENT)) {
            return metric.code() + " is a player metric: the subject must be player or all_players";
        }
        if (subject == Subject.OPPONENT && (metric.code().equals("alerts") || metric.code().startsWith("decision"))) {
            return metric.code() + " exists for the team only";
        }
        if (subject == Subject.PLAYER && playerIds.isEmpty()) {
            return "subject player needs at least one player of the caller's squads";
        }
        if (window.lastMatches() != null && window.lastMatches() < 1) {
            return "last_matches must be at least 1";
        }
        return null;
    }

    /** Whose values are measured. */
    enum Subject {
        TEAM, PLAYER, ALL_PLAYERS, OPPONENT;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What is computed over the window. */
    enum Operation {
        TOTAL, AVERAGE, MAXIMUM, MINIMUM, RANKING, TREND, COMPARISON;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Home, away or both. */
    enum Venue {
        ANY, HOME, AWAY;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Which completed matches: the latest {@code lastMatches} of those that pass the other
     * filters (null: all of them), kicked off in [{@code from}, {@code to}), against the given
     * opponents, at home or away.
     *
     * @param description how the answer says it ("the last 3 matches", "this season")
     */
    record Window(@Nullable Integer lastMatches, @Nullable LocalDate from, @Nullable LocalDate to,
            List<Roster.Team> opponents, Venue venue, String description) {

        Window {
            opponents = List.copyOf(opponents);
        }

        static Window all() {
            return new Window(null, null, null, List.of(), Venue.ANY, "");
        }

        static Window last(int n) {
            return new Window(n, null, null, List.of(), Venue.ANY, "");
        }
    }
}
