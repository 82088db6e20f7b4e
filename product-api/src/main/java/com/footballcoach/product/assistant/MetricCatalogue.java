package com.footballcoach.product.assistant;

import com.footballcoach.product.assistant.Metric.Grain;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The football metrics the club's data holds, each with its SQL, unit and grain, and the words a
 * coach uses for them. The one place a metric is defined: the parser, the executor, the answers
 * and the model's tool schema all read it from here.
 */
final class MetricCatalogue {

    private static final String GF = "CASE WHEN x.home_team_id = x.side_id THEN x.home_score ELSE x.away_score END";
    private static final String GA = "CASE WHEN x.home_team_id = x.side_id THEN x.away_score ELSE x.home_score END";

    private static final List<Metric> METRICS = List.of(
            team("goals_for", GF, "goals scored", "goal", "goals", "scored", true, 0, "goals the side scored"),
            team("goals_against", GA, "goals conceded", "goal", "goals", "conceded", true, 0, "goals the side conceded"),
            team("points", "CASE WHEN (" + GF + ") > (" + GA + ") THEN 3 WHEN (" + GF + ") = (" + GA + ") THEN 1 ELSE 0 END",
                    "points", "point", "points", "took", true, 0, "league points: 3 a win, 1 a draw"),
            team("wins", "CASE WHEN (" + GF + ") > (" + GA + ") THEN 1 ELSE 0 END", "wins", "win", "wins", "had", true, 0,
                    "matches won"),
            team("draws", "CASE WHEN (" + GF + ") = (" + GA + ") THEN 1 ELSE 0 END", "draws", "draw", "draws", "had", true,
                    0, "matches drawn"),
            team("losses", "CASE WHEN (" + GF + ") < (" + GA + ") THEN 1 ELSE 0 END", "losses", "loss", "losses", "had",
                    true, 0, "matches lost"),
            team("clean_sheets", "CASE WHEN (" + GA + ") = 0 THEN 1 ELSE 0 END", "clean sheets", "clean sheet",
                    "clean sheets", "kept", true, 0, "matches without conceding"),
            team("team_shots", "ss.total_shots", "shots", "shot", "shots", "had", true, 0, "shots"),
            team("team_shots_on_target", "ss.shots_on_target", "shots on target", "shot on target", "shots on target",
                    "had", true, 0, "shots on target"),
            team("team_xg", "ss.expected_goals", "xG", "", "", "", true, 2, "expected goals"),
            team("possession", "ss.possession_percentage", "possession", "%", "%", "", false, 1, "ball possession, %"),
            team("team_pressures", "ss.pressures", "pressures", "pressure", "pressures", "made", true, 0, "pressures"),
            team("team_passes", squad("p.passes"), "passes", "pass", "passes", "made", true, 0, "passes of the side's players"),
            team("team_pass_accuracy", "100.0 * " + squad("p.accurate_passes") + " / NULLIF(" + squad("p.passes") + ", 0)",
                    "pass accuracy", "%", "%", "", false, 1, "accurate passes / passes, %"),
            team("team_tackles", squad("p.tackles"), "tackles", "tackle", "tackles", "made", true, 0, "tackles"),
            team("team_interceptions", squad("p.interceptions"), "interceptions", "interception", "interceptions", "made",
                    true, 0, "interceptions"),
            team("team_distance", squad("p.distance_covered_km"), "distance covered", "km", "km", "covered", true, 2,
                    "distance covered by the side's players, km"),
            team("team_sprints", squad("p.sprint_count"), "sprints", "sprint", "sprints", "made", true, 0, "sprints"),
            team("team_yellow_cards", teamEvents("'yellow_card'"), "yellow cards", "yellow card", "yellow cards", "received",
                    true, 0, "yellow cards"),
            team("team_red_cards", teamEvents("'red_card'"), "red cards", "red card", "red cards", "received", true, 0,
                    "red cards"),
            team("team_cards", teamEvents("'yellow_card', 'red_card'"), "cards", "card", "cards", "received", true, 0,
                    "yellow and red cards"),
            team("alerts", "(SELECT COUNT(*) FROM tactical_alerts a WHERE a.match_id = x.match_id"
                    + " AND (:category = '-' OR a.category = :category))", "tactical alerts", "alert", "alerts", "received",
                    true, 0, "live tactical alerts raised in the match, optionally of one category"),
            team("decisions", "(SELECT COUNT(*) FROM decision_feedback d WHERE d.match_id = x.match_id)",
                    "decisions", "decision", "decisions", "took", true, 0, "alert decisions (accepted or dismissed)"),
            team("decision_effect", "(SELECT 100.0 * AVG(d.decision_effective) FROM decision_feedback d"
                    + " WHERE d.match_id = x.match_id AND d.decision_effective IS NOT NULL)", "effective decisions", "%", "%",
                    "", false, 1, "share of evaluated decisions whose measured effect was positive, %"),
            player("goals", playerEvents("goal"), "goals", "goal", "goals", "scored", true, 0, "goals"),
            player("assists", playerEvents("assist"), "assists", "assist", "assists", "made", true, 0, "assists"),
            player("shots", "ps.shots", "shots", "shot", "shots", "had", true, 0, "shots"),
            player("shots_on_target", "ps.shots_on_target", "shots on target", "shot on target", "shots on target", "had",
                    true, 0, "shots on target"),
            player("xg", "ps.player_xg", "xG", "", "", "", true, 2, "expected goals"),
            player("passes", "ps.passes", "passes", "pass", "passes", "made", true, 0, "passes"),
            player("pass_accuracy", "100.0 * ps.accurate_passes / NULLIF(ps.passes, 0)", "pass accuracy", "%", "%", "",
                    false, 1, "accurate passes / passes, %"),
            player("key_passes", "ps.key_passes", "key passes", "key pass", "key passes", "made", true, 0, "key passes"),
            player("tackles", "ps.tackles", "tackles", "tackle", "tackles", "made", true, 0, "tackles"),
            player("interceptions", "ps.interceptions", "interceptions", "interception", "interceptions", "made", true, 0,
                    "interceptions"),
            player("pressures", "ps.pressures", "pressures", "pressure", "pressures", "made", true, 0, "pressures"),
            player("distance", "ps.distance_covered_km", "distance covered", "km", "km", "covered", true, 2,
                    "distance covered, km"),
            player("sprints", "ps.sprint_count", "sprints", "sprint", "sprints", "made", true, 0, "sprints"),
            player("max_speed", "ps.max_speed_kmh", "top speed", "km/h", "km/h", "", false, 2, "top speed, km/h"),
            player("avg_speed", "ps.avg_speed_kmh", "average speed", "km/h", "km/h", "", false, 2, "average speed, km/h"),
            player("minutes", "ps.minutes_played", "minutes", "minute", "minutes", "played", true, 0, "minutes played"),
            player("rating", "ps.rating", "rating", "", "", "", false, 2, "match rating, 0-10"),
            player("yellow_cards", playerEvents("yellow_card"), "yellow cards", "yellow card", "yellow cards", "received",
                    true, 0, "yellow cards"),
            player("red_cards", playerEvents("red_card"), "red cards", "red card", "red cards", "received", true, 0,
                    "red cards"));

    private static final Map<String, Metric> BY_CODE = new LinkedHashMap<>();

    static {
        METRICS.forEach(m -> BY_CODE.put(m.code(), m));
    }

    private MetricCatalogue() {
    }

    static List<Metric> all() {
        return METRICS;
    }

    static Optional<Metric> find(@Nullable String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    static Metric get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("No metric " + code));
    }

    /** The alert categories the live engine raises. */
    static final List<String> ALERT_CATEGORIES = List.of("PRESSING", "COMPACTNESS", "FATIGUE", "TRANSITION", "WIDTH",
            "DEFENSIVE_LINE", "SET_PIECE");

    private static Metric team(String code, String sql, String label, String singular, String plural, String verb,
            boolean additive, int decimals, String description) {
        return new Metric(code, Grain.TEAM_MATCH, sql, label, singular, plural, verb, additive, decimals, description);
    }

    private static Metric player(String code, String sql, String label, String singular, String plural, String verb,
            boolean additive, int decimals, String description) {
        return new Metric(code, Grain.PLAYER_MATCH, sql, label, singular, plural, verb, additive, decimals, description);
    }

    /** The sum of a player column over the side's line-up in the match. */
    private static String squad(String column) {
        return "(SELECT SUM(" + column + ") FROM player_match_statistics p JOIN match_lineups l"
                + " ON l.match_id = p.match_id AND l.player_id = p.player_id"
                + " WHERE p.match_id = x.match_id AND l.team_id = x.side_id)";
    }

    private static String teamEvents(String types) {
        return "(SELECT COUNT(*) FROM match_events e WHERE e.match_id = x.match_id AND e.team_id = x.side_id"
                + " AND e.event_type IN (" + types + "))";
    }

    private static String playerEvents(String type) {
        return "(SELECT COUNT(*) FROM match_events e WHERE e.match_id = ps.match_id AND e.player_id = ps.player_id"
                + " AND e.event_type = '" + type + "')";
    }
}
