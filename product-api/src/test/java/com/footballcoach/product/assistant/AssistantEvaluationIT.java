package com.footballcoach.product.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.product.ProductApiApplication;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The evaluation set of the assistant in local mode: questions in varied wording (typos, names
 * without their accents, surnames alone, relative windows) asked over HTTP as the demo head coach,
 * each with its expected fact computed here from the raw rows of the demo data ({@link DemoFacts}),
 * not written by hand. A question is exact when its first line holds the expected fact. Prints the
 * score; asks for at least 90 % exact and every unanswerable question refused.
 */
@SpringBootTest(classes = ProductApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + ProductApiApplication.CONFIG_NAME)
@ContextConfiguration(initializers = DemoDatabaseInitializer.class)
class AssistantEvaluationIT {

    static final String REFUSED = "I can't answer that from the club's data";

    /** A question, what the first line of its answer must hold, and whether it must be refused. */
    record Case(String kind, String question, List<String> expected, boolean unanswerable) {
    }

    @LocalServerPort
    int port;

    private DemoFacts facts;

    @Test
    void scoresTheEvaluationSet() {
        facts = new DemoFacts(JdbcClient.create(DemoDatabase.dataSource()), "Atlético Demo");
        List<Case> cases = cases();
        HttpApi api = new HttpApi(port);
        String coach = api.login("coach@demo.club", "DemoCoach2026!");
        int exact = 0;
        int answerable = 0;
        int refused = 0;
        int unanswerable = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            HttpApi.Response response = api.postJson("/api/assistant/query", Map.of("question", c.question()), coach);
            assertThat(response.status()).as(c.question() + ": " + response.body()).isEqualTo(200);
            String answer = response.json().get("answer").asString();
            String first = answer.lines().findFirst().orElse("");
            if (c.unanswerable()) {
                unanswerable++;
                if (answer.startsWith(REFUSED)) {
                    refused++;
                } else {
                    misses.add("[not refused] " + c.question() + "\n    got: " + first);
                }
                continue;
            }
            answerable++;
            if (c.expected().stream().allMatch(first::contains) && !answer.startsWith(REFUSED)) {
                exact++;
            } else {
                misses.add("[" + c.kind() + "] " + c.question() + "\n    expected: " + c.expected() + "\n    got: " + first);
            }
        }
        double score = 100.0 * exact / answerable;
        System.out.printf(Locale.ROOT, "%nASSISTANT EVALUATION (local mode): %d questions; exact %d/%d = %.1f %%; "
                + "unanswerable refused %d/%d%n", cases.size(), exact, answerable, score, refused, unanswerable);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
        assertThat(score).as(String.join("\n", misses)).isGreaterThanOrEqualTo(90.0);
        assertThat(refused).as(String.join("\n", misses)).isEqualTo(unanswerable);
    }

    private List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<DemoFacts.Match> season = facts.since(MetricRepository.seasonStart(today));
        DemoFacts.Match latest = facts.matches.get(0);
        String opponent = latest.opponent();

        // team totals
        team(cases, "How many goals did we concede in the last 3 matches?", "goals_against", facts.last(3),
                DemoFacts.Match::goalsAgainst, "You conceded ", "in the last 3 matches");
        team(cases, "how many goals have we conceeded in the last five games", "goals_against", facts.last(5),
                DemoFacts.Match::goalsAgainst, "You conceded ", "in the last 5 matches");
        team(cases, "Goals against in the last match?", "goals_against", facts.last(1), DemoFacts.Match::goalsAgainst,
                "You conceded ", "in the last match");
        team(cases, "How many goals did we score in the last 5 matches?", "goals_for", facts.last(5),
                DemoFacts.Match::goalsFor, "You scored ", "in the last 5 matches");
        team(cases, "How many goals did we scor against " + opponent + "?", "goals_for",
                facts.last(null, m -> m.opponentId().equals(latest.opponentId())), DemoFacts.Match::goalsFor,
                "You scored ", "against " + opponent);
        team(cases, "How many goals did we score at home this season?", "goals_for",
                season.stream().filter(DemoFacts.Match::home).toList(), DemoFacts.Match::goalsFor, "You scored ",
                "in home matches this season");
        team(cases, "How many goals have we let in away from home?", "goals_against",
                facts.last(null, m -> !m.home()), DemoFacts.Match::goalsAgainst, "You conceded ", "in away matches");
        team(cases, "How many shots did we have in the last match?", "team_shots", facts.last(1),
                DemoFacts.Match::shots, "You had ", "in the last match");
        team(cases, "shots on target in the last 3 games", "team_shots_on_target", facts.last(3),
                DemoFacts.Match::onTarget, "You had ", "in the last 3 matches");
        team(cases, "How many points did we take in the last 5 matches?", "points", facts.last(5),
                m -> m.goalsFor() > m.goalsAgainst() ? 3 : m.goalsFor() == m.goalsAgainst() ? 1 : 0, "You took ",
                "in the last 5 matches");
        team(cases, "How many wins in the last 10 matches?", "wins", facts.last(10),
                m -> m.goalsFor() > m.goalsAgainst() ? 1 : 0, "You had ", "in the last 10 matches");
        team(cases, "How many games have we lost this season?", "losses", season,
                m -> m.goalsFor() < m.goalsAgainst() ? 1 : 0, "You had ", "this season");
        team(cases, "How many clean sheets have we kept this season?", "clean_sheets", season,
                m -> m.goalsAgainst() == 0 ? 1 : 0, "You kept ", "this season");
        team(cases, "How many goals did we concede in the last 2 weeks?", "goals_against",
                facts.since(today.minusWeeks(2)), DemoFacts.Match::goalsAgainst, "You conceded ", "in the last 2 weeks");
        team(cases, "total goals scored in our last 4 matches", "goals_for", facts.last(4), DemoFacts.Match::goalsFor,
                "You scored ", "in the last 4 matches");
        team(cases, "How many goals did we score in the last 3 home matches?", "goals_for",
                facts.last(3, DemoFacts.Match::home), DemoFacts.Match::goalsFor, "You scored ",
                "in the last 3 home matches");
        int yellow = facts.appearances.stream().filter(a -> facts.last(5).stream().anyMatch(m -> m.id().equals(a.matchId())))
                .mapToInt(DemoFacts.Appearance::yellowCards).sum();
        cases.add(new Case("team total", "How many yellow cards did we get in the last 5 matches?",
                List.of("You received " + MetricCatalogue.get("team_yellow_cards").withUnit(yellow),
                        "in the last 5 matches"), false));
        opponentTotal(cases, "How many goals did " + opponent + " score against us?", "goals_for",
                facts.last(null, m -> m.opponentId().equals(latest.opponentId())), DemoFacts.Match::goalsAgainst,
                opponent + " scored ");
        opponentTotal(cases, "How many shots did our opponents have in the last 3 matches?", "team_shots", facts.last(3),
                DemoFacts.Match::opponentShots, "Your opponents had ");

        // team averages and maxima
        average(cases, "What is our average possession this season?", "possession", season,
                DemoFacts.Match::possession, "Your average possession this season was ");
        average(cases, "average possesion in the last 5 matches", "possession", facts.last(5),
                DemoFacts.Match::possession, "Your average possession in the last 5 matches was ");
        average(cases, "What's our xG per match over the last 5 games?", "team_xg", facts.last(5), DemoFacts.Match::xg,
                "Your average xG in the last 5 matches was ");
        average(cases, "How many pressures per game did we average in the last 5 matches?", "team_pressures",
                facts.last(5), DemoFacts.Match::pressures, "Your average pressures in the last 5 matches was ");
        average(cases, "On average how many goals do we score per match this season?", "goals_for", season,
                DemoFacts.Match::goalsFor, "Your average goals scored this season was ");
        maximum(cases, "What was our highest number of shots in a match this season?", "team_shots", season,
                DemoFacts.Match::shots, "Your highest shots in a match this season was ");
        maximum(cases, "Most goals we scored in a single game?", "goals_for", facts.matches, DemoFacts.Match::goalsFor,
                "Your highest goals scored in a match in all completed matches was ");

        // named players: full name, surname alone, no accents, a typo
        List<String> regulars = facts.players.keySet().stream()
                .sorted(Comparator.comparingInt((String p) -> -facts.of(p, facts.matches).stream()
                        .mapToInt(DemoFacts.Appearance::minutes).sum()).thenComparing(p -> p))
                .limit(5).toList();
        for (int i = 0; i < regulars.size(); i++) {
            String id = regulars.get(i);
            String name = facts.players.get(id);
            String surname = name.substring(name.indexOf(' ') + 1);
            String plain = plain(name).toLowerCase(Locale.ROOT);
            String typo = typo(name);
            player(cases, "How many goals did " + name + " score in the last 5 matches?", "goals", name, id,
                    facts.last(5), DemoFacts.Appearance::goals, false, name + " scored ", "in the last 5 matches");
            player(cases, "How many minutes did " + surname + " play in the last 3 matches?", "minutes", name, id,
                    facts.last(3), DemoFacts.Appearance::minutes, false, name + " played ", "in the last 3 matches");
            player(cases, "how much distance did " + plain + " cover in the last 5 games", "distance", name, id,
                    facts.last(5), DemoFacts.Appearance::distance, false, name + " covered ", "in the last 5 matches");
            player(cases, typo + " sprints in the last 5 matches", "sprints", name, id, facts.last(5),
                    DemoFacts.Appearance::sprints, false, name + " made ", "in the last 5 matches");
            player(cases, "What is " + name + "'s average rating this season?", "rating", name, id, season,
                    a -> a.rating() == null ? Double.NaN : a.rating(), true,
                    name + (name.endsWith("s") ? "'" : "'s") + " average rating this season was ", "");
            player(cases, "How many shots did " + surname + " have this season?", "shots", name, id, season,
                    DemoFacts.Appearance::shots, false, name + " had ", "this season");
            if (i < 3) {
                player(cases, "How many passes did " + plain + " make in the last 3 games?", "passes", name, id,
                        facts.last(3), DemoFacts.Appearance::passes, false, name + " made ", "in the last 3 matches");
                player(cases, "How many tackles has " + name + " made this season?", "tackles", name, id, season,
                        DemoFacts.Appearance::tackles, false, name + " made ", "this season");
            }
        }

        // rankings
        ranking(cases, "Who played the most minutes over the last 5 matches?", "minutes", facts.last(5),
                DemoFacts.Appearance::minutes, false, a -> true, "played the most minutes in the last 5 matches");
        ranking(cases, "Which player covered the most distance in the last match?", "distance", facts.last(1),
                DemoFacts.Appearance::distance, false, a -> true, "covered the most distance in the last match");
        ranking(cases, "Who is our top scorer this season?", "goals", season, DemoFacts.Appearance::goals, false,
                a -> true, "scored the most goals this season");
        ranking(cases, "Which player made the most tackles in the last 10 games?", "tackles", facts.last(10),
                DemoFacts.Appearance::tackles, false, a -> true, "made the most tackles in the last 10 matches");
        ranking(cases, "Who had the highest average rating in the last 5 matches?", "rating", facts.last(5),
                a -> a.rating() == null ? Double.NaN : a.rating(), true, a -> a.rating() != null,
                "highest average rating in the last 5 matches");
        ranking(cases, "who made the most sprints in the last 3 matches", "sprints", facts.last(3),
                DemoFacts.Appearance::sprints, false, a -> true, "made the most sprints in the last 3 matches");
        ranking(cases, "Which players had the most shots against " + opponent + "?", "shots",
                facts.last(null, m -> m.opponentId().equals(latest.opponentId())), DemoFacts.Appearance::shots, false,
                a -> true, "had the most shots in matches against " + opponent);
        ranking(cases, "Who has the most assists?", "assists", facts.matches, DemoFacts.Appearance::assists, false,
                a -> true, "made the most assists in all completed matches");
        ranking(cases, "Who played the most minutes this season?", "minutes", season, DemoFacts.Appearance::minutes,
                false, a -> true, "played the most minutes this season");
        ranking(cases, "Which player ran the furthest in the last 3 matches?", "distance", facts.last(3),
                DemoFacts.Appearance::distance, false, a -> true, "covered the most distance in the last 3 matches");
        ranking(cases, "Who made the most passes in the last match?", "passes", facts.last(1),
                DemoFacts.Appearance::passes, false, a -> true, "made the most passes in the last match");
        ranking(cases, "who scored the most goals in the last 10 matches", "goals", facts.last(10),
                DemoFacts.Appearance::goals, false, a -> true, "scored the most goals in the last 10 matches");
        ranking(cases, "Which player had the most shots in the last five matches?", "shots", facts.last(5),
                DemoFacts.Appearance::shots, false, a -> true, "had the most shots in the last 5 matches");

        // refusals
        for (String question : List.of("Which of their players should we man-mark?",
                "Who is their most dangerous striker?", "Will we win our next match?",
                "How many corners did we win in the last match?", "Is Mateo Rivas injured?",
                "What's the weather forecast for Saturday?", "How much does Mateo Rivas earn?",
                "How many penalties have we scored this season?", "Which referee gave us the most cards?",
                "How many fans came to the last home match?", "How many headers did we win against " + opponent + "?",
                "Who should we sign in January?", "How many dribbles did Mateo Rivas complete?",
                "Predict the score against " + opponent, "How many free kicks did we concede?")) {
            cases.add(new Case("refusal", question, List.of(), true));
        }

        // advice and review
        advice(cases, "Who should start as striker next match?", "FWD", "forward");
        advice(cases, "who should play in midfield on saturday", "MID", "midfielder");
        advice(cases, "Which goalkeeper should start?", "GK", "goalkeeper");
        cases.add(new Case("review", "What did we do wrong in the last match?",
                List.of(latest.at().toLocalDate().toString(), opponent,
                        latest.goalsFor() + "-" + latest.goalsAgainst()), false));
        return cases;
    }

    /** The name with one letter doubled in its longest word ("Mateo Rivass"): a typo the fuzzy match allows. */
    private static String typo(String name) {
        String[] parts = name.split(" ");
        int longest = 0;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() > parts[longest].length()) {
                longest = i;
            }
        }
        String word = parts[longest];
        parts[longest] = word + word.charAt(word.length() - 1);
        return String.join(" ", parts);
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static void team(List<Case> cases, String question, String metric, List<DemoFacts.Match> window,
            ToDoubleFunction<DemoFacts.Match> value, String prefix, String when) {
        double total = window.stream().mapToDouble(value).sum();
        cases.add(new Case("team total", question, List.of(prefix + MetricCatalogue.get(metric).withUnit(total), when),
                false));
    }

    private static void opponentTotal(List<Case> cases, String question, String metric, List<DemoFacts.Match> window,
            ToDoubleFunction<DemoFacts.Match> value, String prefix) {
        double total = window.stream().mapToDouble(value).sum();
        cases.add(new Case("opponent total", question, List.of(prefix + MetricCatalogue.get(metric).withUnit(total)),
                false));
    }

    private static void average(List<Case> cases, String question, String metric, List<DemoFacts.Match> window,
            ToDoubleFunction<DemoFacts.Match> value, String prefix) {
        double average = window.stream().mapToDouble(value).average().orElseThrow();
        cases.add(new Case("team average", question, List.of(prefix + MetricCatalogue.get(metric).withUnit(average)),
                false));
    }

    private static void maximum(List<Case> cases, String question, String metric, List<DemoFacts.Match> window,
            ToDoubleFunction<DemoFacts.Match> value, String prefix) {
        double max = window.stream().mapToDouble(value).max().orElseThrow();
        cases.add(new Case("team maximum", question, List.of(prefix + MetricCatalogue.get(metric).withUnit(max)), false));
    }

    private void player(List<Case> cases, String question, String metric, String name, String id,
            List<DemoFacts.Match> window, ToDoubleFunction<DemoFacts.Appearance> value, boolean average, String prefix,
            String when) {
        List<Double> values = facts.of(id, window).stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).boxed()
                .toList();
        if (values.isEmpty()) {
            cases.add(new Case("player", question, List.of("no recorded"), false));
            return;
        }
        double result = average ? values.stream().mapToDouble(Double::doubleValue).average().orElseThrow()
                : values.stream().mapToDouble(Double::doubleValue).sum();
        cases.add(new Case("player", question, when.isEmpty()
                ? List.of(prefix + MetricCatalogue.get(metric).withUnit(result))
                : List.of(prefix + MetricCatalogue.get(metric).withUnit(result), when), false));
    }

    private void ranking(List<Case> cases, String question, String metric, List<DemoFacts.Match> window,
            ToDoubleFunction<DemoFacts.Appearance> value, boolean average, Predicate<DemoFacts.Appearance> filter,
            String phrase) {
        List<Map.Entry<String, Double>> ranked = facts.ranking(window, value, average, filter);
        double top = ranked.get(0).getValue();
        String leader = facts.players.get(ranked.stream().filter(e -> e.getValue() == top)
                .map(Map.Entry::getKey).min(Comparator.comparing((String p) -> plain(facts.players.get(p))
                        .toLowerCase(Locale.ROOT))).orElseThrow());
        cases.add(new Case("ranking", question, List.of(leader, phrase, ": " + MetricCatalogue.get(metric).withUnit(top)),
                false));
    }

    private void advice(List<Case> cases, String question, String position, String role) {
        List<DemoFacts.Match> window = facts.last(5);
        List<Map.Entry<String, Double>> ranked = facts.ranking(window, a -> a.rating(), true,
                a -> position.equals(a.position()) && a.rating() != null);
        double top = ranked.get(0).getValue();
        List<String> leaders = ranked.stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
        // ties on rating are broken by goals, shots and minutes
        String best = leaders.stream().max(Comparator
                .comparingInt((String p) -> facts.of(p, window).stream().mapToInt(DemoFacts.Appearance::goals).sum())
                .thenComparingInt(p -> facts.of(p, window).stream().mapToInt(DemoFacts.Appearance::shots).sum())
                .thenComparingInt(p -> facts.of(p, window).stream().mapToInt(DemoFacts.Appearance::minutes).sum()))
                .orElseThrow();
        cases.add(new Case("advice", question, List.of(facts.players.get(best) + " is the " + role + " to start",
                "average rating " + Metric.number(top, 2)), false));
    }
}
