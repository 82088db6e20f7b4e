package com.footballcoach.product.assistant;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rule-based routing, tolerant of typos (see {@link Fuzzy}), over the first 20 words of a
 * question. Each intent has a rule; when several fire, the first in {@link Intent}'s order wins:
 * analytical, player stats, tactical knowledge, match stats, team summary, general.
 */
final class IntentRouter {

    private static final List<String> TREND = List.of("improving", "improve", "improved", "improvement",
            "improvers", "trend", "trending", "progress", "progressing", "declining", "decline", "increasing");
    private static final List<String> SUPERLATIVE = List.of("best", "top", "highest", "most", "leading", "ranking",
            "rank", "strongest", "greatest");
    private static final List<String> PRESSING = List.of("pressing", "press", "presses", "pressure", "pressures");
    private static final List<String> SHAPE = List.of("formation", "formations", "shape", "shapes", "system",
            "systems", "setup");
    private static final List<String> SPRINT = List.of("sprint", "sprints", "sprinting", "intensity");
    private static final List<String> RATING = List.of("rating", "ratings", "rated", "performer", "performers",
            "player", "players");
    private static final List<String> STATS = List.of("stats", "statistics", "numbers", "goals", "assists", "shots",
            "passes", "tackles", "minutes", "distance", "speed");
    private static final List<String> DEFINE = List.of("explain", "meaning", "define", "definition", "describe",
            "mean", "means");
    private static final List<String> MATCH = List.of("match", "matches", "game", "games", "fixture", "result",
            "results", "score", "scored", "possession", "xg", "win", "won", "lost", "draw", "against", "versus", "beat");
    private static final List<String> TEAM = List.of("team", "squad", "season", "summary", "overview", "doing",
            "record", "standings", "club");

    /** The outcome: the intent, the analytical question if any, and the entities. */
    record Route(Intent intent, @Nullable AnalyticsKind analytics, Entities entities) {
    }

    private IntentRouter() {
    }

    static Route route(String question, Roster roster) {
        List<String> words = EntityExtractor.words(question);
        Entities entities = EntityExtractor.extract(question, roster);
        AnalyticsKind analytics = analytics(words);
        if (analytics != null) {
            return new Route(Intent.ANALYTICAL, analytics, entities);
        }
        if (!entities.players().isEmpty() || (any(words, List.of("player", "players")) && any(words, STATS))) {
            return new Route(Intent.PLAYER_STATS, null, entities);
        }
        if (!entities.glossaryTerms().isEmpty() || (!entities.formations().isEmpty()
                && (any(words, DEFINE) || phrase(words, "what is") || phrase(words, "how does")))) {
            return new Route(Intent.TACTICAL_KNOWLEDGE, null, entities);
        }
        if (any(words, MATCH) || !entities.opponents().isEmpty() || entities.lastMatches() != null) {
            return new Route(Intent.MATCH_STATS, null, entities);
        }
        if (any(words, TEAM)) {
            return new Route(Intent.TEAM_SUMMARY, null, entities);
        }
        return new Route(Intent.GENERAL, null, entities);
    }

    private static @Nullable AnalyticsKind analytics(List<String> words) {
        boolean trend = any(words, TREND);
        boolean superlative = any(words, SUPERLATIVE) || phrase(words, "who presses");
        boolean pressing = any(words, PRESSING);
        boolean shape = any(words, SHAPE);
        boolean sprint = any(words, SPRINT);
        boolean rating = any(words, RATING);
        if (pressing && shape && (superlative || trend || phrase(words, "which formation")
                || phrase(words, "what formation"))) {
            return AnalyticsKind.PRESSING_FORMATIONS;
        }
        if (trend && (sprint || rating || !pressing)) {
            return AnalyticsKind.SPRINT_TREND;
        }
        if (superlative && sprint) {
            return AnalyticsKind.SPRINT_TREND;
        }
        if ((superlative || phrase(words, "average rating")) && rating) {
            return AnalyticsKind.TOP_RATING;
        }
        return null;
    }

    private static boolean any(List<String> words, List<String> keywords) {
        for (String word : words) {
            for (String keyword : keywords) {
                if (Fuzzy.matches(word, keyword)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean phrase(List<String> words, String phrase) {
        return Fuzzy.indexOf(words, Fuzzy.tokens(phrase)) >= 0;
    }
}
