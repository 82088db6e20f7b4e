package com.footballcoach.product.assistant;

import com.footballcoach.product.assistant.AnalyticsRepository.FormationPressing;
import com.footballcoach.product.assistant.AnalyticsRepository.RatingLeader;
import com.footballcoach.product.assistant.AnalyticsRepository.SprintTrend;
import com.footballcoach.product.assistant.InsightRepository.NewInsight;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Runs an analytical question: the SQL, the prior findings about the same subjects (read before
 * this run's are stored), and the storage of this run's findings as tactical insights.
 */
@Service
class AnalyticsService {

    static final int DEFAULT_RATING_WINDOW = 5;
    private static final int SHOWN = 5;
    private static final int SHOWN_FORMATIONS = 3;
    private static final int SHOWN_TEAMS = 3;

    private final AnalyticsRepository analytics;
    private final InsightRepository insights;
    private final AssistantSettings settings;
    private final Clock clock;

    AnalyticsService(AnalyticsRepository analytics, InsightRepository insights, AssistantSettings settings,
            Clock clock) {
        this.analytics = analytics;
        this.insights = insights;
        this.settings = settings;
        this.clock = clock;
    }

    AnalyticsView run(AnalyticsKind kind, List<String> teamIds, Entities entities, Map<String, String> teamNames) {
        return switch (kind) {
            case SPRINT_TREND -> sprintTrend(teamIds, entities, teamNames);
            case TOP_RATING -> topRating(teamIds, entities, teamNames);
            case PRESSING_FORMATIONS -> pressing(teamIds, teamNames);
        };
    }

    private AnalyticsView sprintTrend(List<String> teamIds, Entities entities, Map<String, String> teamNames) {
        List<SprintTrend> trends = analytics.sprintTrends(teamIds);
        List<SprintTrend> eligible = trends.stream().filter(SprintTrend::eligible).toList();
        List<SprintTrend> tooFew = trends.stream().filter(t -> !t.eligible()).toList();
        Set<SprintTrend> shown = new LinkedHashSet<>(eligible.subList(0, Math.min(SHOWN, eligible.size())));
        Set<String> asked = new LinkedHashSet<>(entities.players().stream().map(Roster.Player::id).toList());
        eligible.stream().filter(t -> asked.contains(t.playerId())).forEach(shown::add);
        List<AnalyticsView.Row> rows = new ArrayList<>();
        List<NewInsight> found = new ArrayList<>();
        for (SprintTrend t : shown) {
            int rank = eligible.indexOf(t) + 1;
            rows.add(new AnalyticsView.Row(rank, "player", t.playerId(), t.name(), t.teamId(), teamNames.get(t.teamId()),
                    t.matches(), round(t.delta()), round(t.recentMean()), round(t.previousMean()), round(t.delta())));
            Map<String, Object> metrics = metrics("recent_mean", round(t.recentMean()), "previous_mean",
                    round(t.previousMean()), "delta", round(t.delta()), "matches", t.matches());
            found.add(new NewInsight("sprint_trend", "player", t.playerId(), t.name(), t.teamId(),
                    String.format(java.util.Locale.ROOT, "%s: sprints %.1f per match over the last 5 vs %.1f over the previous 5 (%+.1f).",
                            t.name(), t.recentMean(), t.previousMean(), t.delta()),
                    metrics, "sprint_trend|player=" + t.playerId() + "|" + metrics));
        }
        List<String> leftOut = tooFew.stream().filter(t -> asked.isEmpty() || asked.contains(t.playerId()))
                .map(t -> t.name() + " (" + t.matches() + ")").toList();
        return finish("sprint_trend", "sprint_count: mean of the last 5 matches minus the previous 5", null, rows, found,
                tooFew.size(), leftOut.subList(0, Math.min(10, leftOut.size())),
                tooFew.isEmpty() ? null : "fewer than " + AnalyticsRepository.TREND_MATCHES + " matches played",
                teamIds);
    }

    private AnalyticsView topRating(List<String> teamIds, Entities entities, Map<String, String> teamNames) {
        int window = entities.lastMatches() == null ? DEFAULT_RATING_WINDOW : entities.lastMatches();
        List<RatingLeader> leaders = analytics.topRatings(teamIds, window, SHOWN);
        List<AnalyticsView.Row> rows = new ArrayList<>();
        List<NewInsight> found = new ArrayList<>();
        int rank = 0;
        for (RatingLeader leader : leaders) {
            rank++;
            rows.add(new AnalyticsView.Row(rank, "player", leader.playerId(), leader.name(), leader.teamId(),
                    teamNames.get(leader.teamId()), leader.matches(), round(leader.averageRating()), null, null, null));
            Map<String, Object> metrics = metrics("average_rating", round(leader.averageRating()), "matches",
                    leader.matches(), "last_matches", window, "rank", rank);
            found.add(new NewInsight("top_rating", "player", leader.playerId(), leader.name(), leader.teamId(),
                    String.format(java.util.Locale.ROOT, "%s: average rating %.2f over the team's last %d matches (%d played), rank %d.",
                            leader.name(), leader.averageRating(), window, leader.matches(), rank),
                    metrics, "top_rating|player=" + leader.playerId() + "|" + metrics));
        }
        return finish("top_rating", "average rating over the team's last " + window + " matches", window, rows, found,
                0, List.of(), null, teamIds);
    }

    private AnalyticsView pressing(List<String> teamIds, Map<String, String> teamNames) {
        List<FormationPressing> all = analytics.pressingFormations(teamIds);
        Map<String, List<FormationPressing>> byTeam = new LinkedHashMap<>();
        all.forEach(f -> byTeam.computeIfAbsent(f.teamId(), k -> new ArrayList<>()).add(f));
        List<List<FormationPressing>> teams = byTeam.values().stream()
                .sorted(java.util.Comparator.comparingInt((List<FormationPressing> l) ->
                        -l.stream().mapToInt(FormationPressing::matches).sum()))
                .toList();
        List<AnalyticsView.Row> rows = new ArrayList<>();
        List<NewInsight> found = new ArrayList<>();
        for (List<FormationPressing> team : teams.subList(0, Math.min(SHOWN_TEAMS, teams.size()))) {
            for (FormationPressing f : team.subList(0, Math.min(SHOWN_FORMATIONS, team.size()))) {
                double delta = f.averagePressures() - f.teamAverage();
                rows.add(new AnalyticsView.Row(f.rank(), "formation", f.formationId(), f.formationName(), f.teamId(),
                        f.teamName(), f.matches(), round(f.averagePressures()), null, round(f.teamAverage()),
                        round(delta)));
                Map<String, Object> metrics = metrics("average_pressures", round(f.averagePressures()),
                        "team_average", round(f.teamAverage()), "delta", round(delta), "matches", f.matches(),
                        "rank", f.rank());
                found.add(new NewInsight("pressing_formation", "formation", f.formationId(),
                        f.formationName() + " (" + f.teamName() + ")", f.teamId(),
                        String.format(java.util.Locale.ROOT, "%s in %s: %.1f pressures by the starting XI per match over %d matches (team average %.1f), rank %d.",
                                f.teamName(), f.formationName(), f.averagePressures(), f.matches(), f.teamAverage(), f.rank()),
                        metrics, "pressing_formation|team=" + f.teamId() + "|formation=" + f.formationId() + "|" + metrics));
            }
        }
        int hiddenTeams = Math.max(0, teams.size() - SHOWN_TEAMS);
        return finish("pressing_formations", "pressures of the starting XI per match, by formation", null, rows, found,
                hiddenTeams, teams.subList(Math.min(SHOWN_TEAMS, teams.size()), teams.size()).stream()
                        .map(l -> l.get(0).teamName()).toList(),
                hiddenTeams == 0 ? null : "only the " + SHOWN_TEAMS + " teams with the most matches are shown", teamIds);
    }

    private AnalyticsView finish(String kind, String metric, Integer lastMatches, List<AnalyticsView.Row> rows,
            List<NewInsight> found, int leftOutCount, List<String> leftOut, String leftOutReason, List<String> teamIds) {
        LocalDateTime since = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).minusDays(settings.memoryDays());
        List<String> players = rows.stream().filter(r -> r.subjectType().equals("player")).map(AnalyticsView.Row::subjectId).toList();
        List<String> formations = rows.stream().filter(r -> r.subjectType().equals("formation")).map(AnalyticsView.Row::subjectId).toList();
        List<TacticalMemory.Recollection> memory = TacticalMemory.recall(insights.about(teamIds, players, formations, since));
        List<String> ids = insights.store(found);
        return new AnalyticsView(kind, metric, lastMatches, rows, leftOutCount, leftOut, leftOutReason, ids, memory);
    }

    private static Map<String, Object> metrics(Object... pairs) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            metrics.put((String) pairs[i], pairs[i + 1]);
        }
        return metrics;
    }

    static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
