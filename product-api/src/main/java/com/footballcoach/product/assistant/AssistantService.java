package com.footballcoach.product.assistant;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The pipeline of one question: scope → roster → route → budgeted retrieval (and analytics) →
 * context → model. Every read is scoped to the caller's teams (owners: their club's teams;
 * staff: their own team).
 */
@Service
class AssistantService {

    private final ClubScope scope;
    private final AssistantModeRepository modes;
    private final RosterRepository rosters;
    private final FootballDataRepository data;
    private final AnalyticsService analytics;
    private final InsightRepository insights;
    private final Retrieval retrieval;
    private final LanguageModel model;
    private final AssistantSettings settings;
    private final java.time.Clock clock;

    AssistantService(ClubScope scope, AssistantModeRepository modes, RosterRepository rosters,
            FootballDataRepository data, AnalyticsService analytics, InsightRepository insights, Retrieval retrieval,
            LanguageModel model, AssistantSettings settings, java.time.Clock clock) {
        this.scope = scope;
        this.modes = modes;
        this.rosters = rosters;
        this.data = data;
        this.analytics = analytics;
        this.insights = insights;
        this.retrieval = retrieval;
        this.model = model;
        this.settings = settings;
        this.clock = clock;
    }

    AssistantApi.Response ask(CurrentUser user, AssistantApi.Query query) {
        String question = query.question() == null ? "" : query.question().strip();
        if (question.isEmpty() || question.length() > 2000) {
            throw new AssistantProblem(HttpStatus.UNPROCESSABLE_CONTENT,
                    "The question must be between 1 and 2000 characters.");
        }
        if (modes.find() == AssistantMode.ANALYSIS) {
            return AssistantApi.Response.analysisMode();
        }
        List<String> teamIds = teams(user, query.teamId());
        if (query.matchId() != null && !query.matchId().isBlank() && !scope.canAccessMatch(user, query.matchId())) {
            throw new AssistantProblem(HttpStatus.NOT_FOUND, "Match not found.");
        }
        String matchId = query.matchId() == null || query.matchId().isBlank() ? null : query.matchId();
        Roster roster = rosters.load(teamIds, user.clubId() == null ? user.id() : user.clubId());
        IntentRouter.Route route = IntentRouter.route(question, roster);
        Intent intent = matchId != null && route.intent().compareTo(Intent.MATCH_STATS) > 0 ? Intent.MATCH_STATS
                : route.intent();
        Findings findings = retrieve(intent, route, teamIds, matchId, roster);
        String local = LocalAnswerComposer.compose(findings, roster);
        ContextBuilder.Context context = ContextBuilder.build(findings, settings.contextMaxChars());
        LanguageModel.Answer answer = model.answer(
                new LanguageModel.Prompt(LanguageModel.Prompt.SYSTEM, context.text(), question), local);
        return AssistantApi.Response.ok(answer.text(), intent, sources(findings, roster), findings.analytics(),
                findings.leftOut(), answer.degraded(), answer.model());
    }

    private List<String> teams(CurrentUser user, @Nullable String teamId) {
        if (teamId != null && !teamId.isBlank()) {
            if (!scope.canAccessTeam(user, teamId)) {
                throw new AssistantProblem(HttpStatus.NOT_FOUND, "Team not found.");
            }
            return List.of(teamId);
        }
        return scope.teamIds(user);
    }

    private Findings retrieve(Intent intent, IntentRouter.Route route, List<String> teamIds, @Nullable String matchId,
            Roster roster) {
        Entities entities = route.entities();
        List<String> leftOut = new ArrayList<>();
        List<Roster.Player> players = entities.players();
        if (players.size() > settings.maxPlayers()) {
            leftOut.add((players.size() - settings.maxPlayers()) + " more players named ("
                    + players.subList(settings.maxPlayers(), players.size()).stream().map(Roster.Player::name)
                            .collect(Collectors.joining(", ")) + "): at most " + settings.maxPlayers() + " per answer");
            players = players.subList(0, settings.maxPlayers());
        }
        Integer window = entities.lastMatches();
        int playerWindow = window == null ? 5 : window;
        int matchLimit = window == null ? (intent == Intent.MATCH_STATS ? settings.maxMatches() : 3)
                : Math.min(window, settings.maxMatches());
        if (window != null && window > settings.maxMatches() && intent == Intent.MATCH_STATS) {
            leftOut.add("matches beyond the latest " + settings.maxMatches() + ": at most " + settings.maxMatches()
                    + " per answer");
        }
        Map<String, String> teamNames = new LinkedHashMap<>();
        roster.teams().forEach(t -> teamNames.put(t.id(), t.name()));
        List<String> playerIds = players.stream().map(Roster.Player::id).toList();
        List<Retrieval.Step<?>> steps = new ArrayList<>();
        switch (intent) {
            case ANALYTICAL -> steps.add(new Retrieval.Step<>("analytics",
                    () -> analytics.run(route.analytics(), teamIds, entities, teamNames)));
            case PLAYER_STATS -> {
                steps.add(new Retrieval.Step<>("player statistics", () -> data.playerStats(playerIds, teamIds, playerWindow)));
                steps.add(new Retrieval.Step<>("tactical memory", () -> TacticalMemory.recall(insights.about(teamIds,
                        playerIds, List.of(), java.time.LocalDateTime.now(clock.withZone(java.time.ZoneOffset.UTC))
                                .minusDays(settings.memoryDays())))));
            }
            case MATCH_STATS -> steps.add(new Retrieval.Step<>("match statistics", () -> {
                List<FootballData.MatchSummary> matches = data.matches(teamIds, matchId,
                        entities.opponents().stream().map(Roster.Team::id).toList(), matchId != null ? 1 : matchLimit);
                return new MatchesAndPerformers(matches, data.topPerformers(matches));
            }));
            case TEAM_SUMMARY, GENERAL -> {
                steps.add(new Retrieval.Step<>("team record", () -> data.teamRecords(teamIds)));
                if (intent == Intent.TEAM_SUMMARY) {
                    steps.add(new Retrieval.Step<>("recent matches", () -> data.matches(teamIds, null, List.of(), 3)));
                }
            }
            case TACTICAL_KNOWLEDGE -> {
                // the glossary and the formation descriptions are already in memory
            }
        }
        Retrieval.Result result = retrieval.run(steps, settings.retrievalBudget());
        leftOut.addAll(result.leftOut());
        MatchesAndPerformers mp = result.get("match statistics");
        List<FootballData.MatchSummary> matches = mp != null ? mp.matches()
                : result.<List<FootballData.MatchSummary>>get("recent matches") == null ? List.of()
                : result.get("recent matches");
        List<TacticalGlossary.Entry> glossary = entities.glossaryTerms().stream().map(TacticalGlossary::entry).toList();
        return new Findings(intent, result.get("analytics"), playerWindow,
                orEmpty(result.get("player statistics")), matches, mp == null ? List.of() : mp.performers(),
                orEmpty(result.get("team record")), glossary,
                intent == Intent.TACTICAL_KNOWLEDGE ? entities.formations() : List.of(),
                orEmpty(result.get("tactical memory")), leftOut);
    }

    private record MatchesAndPerformers(List<FootballData.MatchSummary> matches,
            List<FootballData.TopPerformer> performers) {
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private static List<AssistantApi.Source> sources(Findings f, Roster roster) {
        Map<String, AssistantApi.Source> sources = new LinkedHashMap<>();
        Function<String, String> teamName = id -> roster.teams().stream().filter(t -> t.id().equals(id))
                .map(Roster.Team::name).findFirst().orElse(id);
        if (f.analytics() != null) {
            for (AnalyticsView.Row r : f.analytics().rows()) {
                sources.putIfAbsent(r.subjectType() + r.subjectId(), new AssistantApi.Source(r.subjectType(), r.subjectId(), r.name()));
            }
            for (int i = 0; i < f.analytics().insightIds().size(); i++) {
                String id = f.analytics().insightIds().get(i);
                if (id != null) {
                    sources.putIfAbsent("insight" + id, new AssistantApi.Source("insight", id,
                            f.analytics().kind() + ": " + f.analytics().rows().get(i).name()));
                }
            }
            f.analytics().memory().forEach(m -> m.insightIds().forEach(id -> sources.putIfAbsent("insight" + id,
                    new AssistantApi.Source("insight", id, m.insightType() + ": " + m.subjectName()))));
        }
        f.players().forEach(p -> sources.putIfAbsent("player" + p.playerId(), new AssistantApi.Source("player", p.playerId(), p.name())));
        f.matches().forEach(m -> sources.putIfAbsent("match" + m.matchId(), new AssistantApi.Source("match", m.matchId(), m.label())));
        f.records().forEach(r -> sources.putIfAbsent("team" + r.teamId(), new AssistantApi.Source("team", r.teamId(), teamName.apply(r.teamId()))));
        f.glossary().forEach(g -> sources.putIfAbsent("glossary" + g.term(), new AssistantApi.Source("glossary", g.term(), g.term())));
        f.formations().forEach(fm -> sources.putIfAbsent("formation" + fm.id(), new AssistantApi.Source("formation", fm.id(), fm.name())));
        f.memory().forEach(m -> m.insightIds().forEach(id -> sources.putIfAbsent("insight" + id,
                new AssistantApi.Source("insight", id, m.insightType() + ": " + m.subjectName()))));
        Set<String> seen = new LinkedHashSet<>(sources.keySet());
        return seen.stream().map(sources::get).toList();
    }
}
