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
    private final MetricRepository metrics;

    AssistantService(ClubScope scope, AssistantModeRepository modes, RosterRepository rosters,
            FootballDataRepository data, AnalyticsService analytics, InsightRepository insights, Retrieval retrieval,
            LanguageModel model, AssistantSettings settings, java.time.Clock clock, MetricRepository metrics) {
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
        this.metrics = metrics;
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
        if (matchId == null) {
            QuestionParser.Parsed parsed = QuestionParser.parse(question, roster,
                    java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
            if (!(parsed instanceof QuestionParser.Other)) {
                return metricAnswer(question, parsed, teamIds, roster);
            }
        }
        IntentRouter.Route route = IntentRouter.route(question, roster);
        Intent intent = matchId != null && route.intent().compareTo(Intent.MATCH_STATS) > 0 ? Intent.MATCH_STATS
                : route.intent();
        Findings findings = retrieve(intent, route, teamIds, matchId, roster);
        String local = LocalAnswerComposer.compose(findings, roster);
        ContextBuilder.Context context = ContextBuilder.build(findings, settings.contextMaxChars());
        LanguageModel.Answer answer = model.answer(
                new LanguageModel.Prompt(LanguageModel.Prompt.SYSTEM, context.text(), question), local);
        if (!answer.degraded() && !MetricTool.grounded(answer.text(), List.of(context.text(), local, question))) {
            // a remote answer with a number that is not in the context is not the club's data
            answer = new LanguageModel.Answer(local, true, "local");
        }
        return AssistantApi.Response.ok(answer.text(), intent, sources(findings, roster), findings.analytics(),
                findings.leftOut(), answer.degraded(), answer.model());
    }

    /**
     * A question of the metric layer: the executor's result, worded fact first. A remote model
     * (openai protocol) may choose its own query through the catalogue tool; its answer is kept
     * only when its numbers are the executor's.
     */
    private AssistantApi.Response metricAnswer(String question, QuestionParser.Parsed parsed, List<String> teamIds,
            Roster roster) {
        List<String> leftOut = new ArrayList<>();
        Map<String, AssistantApi.Source> sources = new LinkedHashMap<>();
        String local;
        Intent intent;
        MetricResult.View view = null;
        if (parsed instanceof QuestionParser.Ask ask) {
            intent = Intent.METRIC;
            MetricResult result = timed("metric query", () -> metrics.run(ask.query(), teamIds), leftOut);
            if (result == null) {
                local = "The query could not be completed (see what was left out), so I have no figures for it.";
            } else {
                local = MetricAnswers.answer(result);
                view = result.view();
                addSources(sources, result);
            }
        } else if (parsed instanceof QuestionParser.Advice advice) {
            intent = Intent.ADVICE;
            List<MetricRepository.Form> form = timed("form", () -> metrics.form(teamIds, advice.position(),
                    advice.lastMatches(), 5), leftOut);
            local = form == null ? "The form query could not be completed (see what was left out)." : MetricAnswers.advice(advice, form);
            if (form != null) {
                form.forEach(f -> sources.putIfAbsent("player" + f.playerId(),
                        new AssistantApi.Source("player", f.playerId(), f.name())));
            }
        } else if (parsed instanceof QuestionParser.Review review) {
            intent = Intent.REVIEW;
            List<MetricRepository.Review> reviewed = timed("match review",
                    () -> metrics.review(teamIds, review.lastMatches()), leftOut);
            local = reviewed == null ? "The match review could not be completed (see what was left out)." : MetricAnswers.review(reviewed);
            if (reviewed != null) {
                reviewed.forEach(r -> sources.putIfAbsent("match" + r.matchId(), new AssistantApi.Source("match",
                        r.matchId(), r.date() + " " + (r.home() ? "vs " : "at ") + r.opponent())));
            }
        } else {
            intent = Intent.REFUSAL;
            local = MetricAnswers.refusal((QuestionParser.Refusal) parsed);
        }
        if (!leftOut.isEmpty()) {
            local += "\nLeft out of this answer: " + String.join("; ", leftOut) + ".";
        }
        MetricTool tool = new MetricTool(roster, query -> metrics.run(query, teamIds),
                java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
        LanguageModel.Answer answer = model.answerWithTools(new LanguageModel.Prompt(LanguageModel.Prompt.SYSTEM_TOOLS,
                "LOCAL ANSWER (from the club's database):\n" + local, question), local, tool);
        return AssistantApi.Response.ok(answer.text(), intent, List.copyOf(sources.values()), null, leftOut,
                answer.degraded(), answer.model()).withMetric(view);
    }

    private <T> @Nullable T timed(String name, java.util.concurrent.Callable<T> work, List<String> leftOut) {
        Retrieval.Result result = retrieval.run(List.of(new Retrieval.Step<>(name, work)), settings.retrievalBudget());
        leftOut.addAll(result.leftOut());
        return result.get(name);
    }

    private static void addSources(Map<String, AssistantApi.Source> sources, MetricResult result) {
        for (MetricResult.Subject subject : result.subjects()) {
            sources.putIfAbsent(subject.type() + subject.id(), new AssistantApi.Source(subject.type(), subject.id(),
                    subject.name()));
        }
        for (MetricResult.Subject subject : result.subjects()) {
            for (MetricResult.Row row : subject.rows()) {
                sources.putIfAbsent("match" + row.matchId(), new AssistantApi.Source("match", row.matchId(),
                        row.date() + " " + row.where() + " " + row.score()));
            }
        }
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
