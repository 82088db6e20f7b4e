package com.footballcoach.product.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.footballcoach.product.assistant.MetricQuery.Operation;
import com.footballcoach.product.assistant.MetricQuery.Subject;
import com.footballcoach.product.assistant.MetricQuery.Venue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The executor of the metric layer on the demo data, each result checked against a computation
 * in Java from the raw rows ({@link DemoFacts}), and its scoping: another club's rows never come
 * back, whatever ids the query names.
 */
class MetricRepositoryIT {

    private static MetricRepository metrics;
    private static DemoFacts atletico;
    private static String rivalTeam;

    @BeforeAll
    static void demoData() {
        JdbcClient jdbc = JdbcClient.create(DemoDatabase.dataSource());
        metrics = new MetricRepository(new TimedJdbc(DemoDatabase.dataSource(), 5));
        atletico = new DemoFacts(jdbc, "Atlético Demo");
        rivalTeam = jdbc.sql("SELECT id FROM teams WHERE name = 'Rival Athletic'").query(String.class).single();
    }

    private static MetricQuery query(String metric, Subject subject, List<String> players, MetricQuery.Window window,
            Operation operation) {
        return new MetricQuery(MetricCatalogue.get(metric), subject, players, window, operation, false, null, null);
    }

    @Test
    void totalsGoalsConcededOverTheLastThreeMatchesWithTheRowsBehindThem() {
        MetricResult result = metrics.run(query("goals_against", Subject.TEAM, List.of(), MetricQuery.Window.last(3),
                Operation.TOTAL), List.of(atletico.teamId));

        List<DemoFacts.Match> expected = atletico.last(3);
        assertThat(result.subjects()).hasSize(1);
        MetricResult.Subject team = result.subjects().get(0);
        assertThat(team.total()).isEqualTo(expected.stream().mapToInt(DemoFacts.Match::goalsAgainst).sum());
        assertThat(team.rows()).extracting(MetricResult.Row::matchId)
                .containsExactlyElementsOf(expected.stream().map(DemoFacts.Match::id).toList());
        assertThat(team.rows()).extracting(MetricResult.Row::value)
                .containsExactlyElementsOf(expected.stream().map(m -> (double) m.goalsAgainst()).toList());
        assertThat(MetricAnswers.answer(result)).startsWith("You conceded " + (int) team.total());
    }

    @Test
    void ranksPlayersByMinutesOverTheLastFiveMatches() {
        MetricResult result = metrics.run(query("minutes", Subject.ALL_PLAYERS, List.of(), MetricQuery.Window.last(5),
                Operation.RANKING), List.of(atletico.teamId));

        List<Map.Entry<String, Double>> expected = atletico.ranking(atletico.last(5), DemoFacts.Appearance::minutes,
                false, a -> true);
        assertThat(result.subjects()).hasSize(expected.size());
        assertThat(result.subjects().get(0).total()).isEqualTo(expected.get(0).getValue());
        List<String> leaders = expected.stream().filter(e -> e.getValue().equals(expected.get(0).getValue()))
                .map(Map.Entry::getKey).toList();
        assertThat(result.subjects().stream().filter(s -> s.place() == 1).map(MetricResult.Subject::id).toList())
                .containsExactlyInAnyOrderElementsOf(leaders);
    }

    @Test
    void averagesMaximaAndTrendsMatchTheRawRows() {
        List<DemoFacts.Match> all = atletico.matches;
        MetricResult possession = metrics.run(query("possession", Subject.TEAM, List.of(), MetricQuery.Window.all(),
                Operation.AVERAGE), List.of(atletico.teamId));
        MetricResult shots = metrics.run(query("team_shots", Subject.TEAM, List.of(), MetricQuery.Window.all(),
                Operation.MAXIMUM), List.of(atletico.teamId));
        MetricResult trend = metrics.run(query("goals_for", Subject.TEAM, List.of(), MetricQuery.Window.last(6),
                Operation.TREND), List.of(atletico.teamId));

        assertThat(possession.subjects().get(0).average())
                .isCloseTo(all.stream().mapToDouble(DemoFacts.Match::possession).average().orElseThrow(), within(1e-6));
        assertThat(possession.subjects().get(0).matches()).isEqualTo(all.size());
        assertThat(shots.subjects().get(0).maximum())
                .isEqualTo(all.stream().mapToDouble(DemoFacts.Match::shots).max().orElseThrow());
        List<DemoFacts.Match> six = atletico.last(6);
        assertThat(trend.subjects().get(0).recent()).isCloseTo(
                six.subList(0, 3).stream().mapToInt(DemoFacts.Match::goalsFor).average().orElseThrow(), within(1e-6));
        assertThat(trend.subjects().get(0).earlier()).isCloseTo(
                six.subList(3, 6).stream().mapToInt(DemoFacts.Match::goalsFor).average().orElseThrow(), within(1e-6));
    }

    @Test
    void filtersByOpponentVenueAndDates() {
        DemoFacts.Match latest = atletico.matches.get(0);
        Roster.Team opponent = new Roster.Team(latest.opponentId(), latest.opponent());
        MetricResult against = metrics.run(query("goals_for", Subject.TEAM, List.of(),
                new MetricQuery.Window(null, null, null, List.of(opponent), Venue.ANY, ""), Operation.TOTAL),
                List.of(atletico.teamId));
        MetricResult home = metrics.run(query("goals_for", Subject.TEAM, List.of(),
                new MetricQuery.Window(null, null, null, List.of(), Venue.HOME, ""), Operation.TOTAL),
                List.of(atletico.teamId));
        LocalDate from = atletico.matches.get(4).at().toLocalDate();
        MetricResult since = metrics.run(query("goals_for", Subject.TEAM, List.of(),
                new MetricQuery.Window(null, from, null, List.of(), Venue.ANY, ""), Operation.TOTAL),
                List.of(atletico.teamId));
        MetricResult theirs = metrics.run(query("goals_for", Subject.OPPONENT, List.of(),
                new MetricQuery.Window(null, null, null, List.of(opponent), Venue.ANY, ""), Operation.TOTAL),
                List.of(atletico.teamId));

        List<DemoFacts.Match> versus = atletico.last(null, m -> m.opponentId().equals(latest.opponentId()));
        assertThat(against.subjects().get(0).total()).isEqualTo(versus.stream().mapToInt(DemoFacts.Match::goalsFor).sum());
        assertThat(theirs.subjects().get(0).name()).isEqualTo(latest.opponent());
        assertThat(theirs.subjects().get(0).total())
                .isEqualTo(versus.stream().mapToInt(DemoFacts.Match::goalsAgainst).sum());
        assertThat(home.subjects().get(0).total()).isEqualTo(
                atletico.last(null, DemoFacts.Match::home).stream().mapToInt(DemoFacts.Match::goalsFor).sum());
        assertThat(since.subjects().get(0).total())
                .isEqualTo(atletico.since(from).stream().mapToInt(DemoFacts.Match::goalsFor).sum());
    }

    @Test
    void neverReturnsAnotherClubsRowsWhateverIdsTheQueryNames() {
        String atleticoPlayer = atletico.players.keySet().iterator().next();
        MetricResult named = metrics.run(query("minutes", Subject.PLAYER, List.of(atleticoPlayer),
                MetricQuery.Window.all(), Operation.TOTAL), List.of(rivalTeam));
        MetricResult everyone = metrics.run(query("goals", Subject.ALL_PLAYERS, List.of(), MetricQuery.Window.all(),
                Operation.RANKING), List.of(rivalTeam));
        MetricResult none = metrics.run(query("goals_for", Subject.TEAM, List.of(), MetricQuery.Window.all(),
                Operation.TOTAL), List.of());

        assertThat(named.subjects()).isEmpty();
        assertThat(everyone.subjects()).isNotEmpty()
                .allSatisfy(s -> assertThat(atletico.players).doesNotContainKey(s.id()));
        assertThat(everyone.subjects()).flatExtracting(MetricResult.Subject::rows).extracting(MetricResult.Row::matchId)
                .doesNotContainAnyElementsOf(atletico.matches.stream().map(DemoFacts.Match::id).toList());
        assertThat(none.subjects()).isEmpty();
    }

    @Test
    void rejectsQueriesWhoseMetricDoesNotFitTheSubject() {
        assertThat(query("rating", Subject.TEAM, List.of(), MetricQuery.Window.all(), Operation.AVERAGE).problem())
                .contains("player metric");
        assertThat(query("possession", Subject.ALL_PLAYERS, List.of(), MetricQuery.Window.all(), Operation.RANKING)
                .problem()).contains("team metric");
        assertThat(query("alerts", Subject.OPPONENT, List.of(), MetricQuery.Window.all(), Operation.TOTAL).problem())
                .contains("team only");
        assertThat(query("goals", Subject.PLAYER, List.of(), MetricQuery.Window.all(), Operation.TOTAL).problem())
                .contains("at least one player");
    }

    @Test
    void ranksForwardsByFormAndReviewsTheLastMatch() {
        List<MetricRepository.Form> form = metrics.form(List.of(atletico.teamId), "FWD", 5, 5);
        List<MetricRepository.Review> review = metrics.review(List.of(atletico.teamId), 1);

        List<Map.Entry<String, Double>> expected = atletico.ranking(atletico.last(5),
                a -> a.rating() == null ? 0 : a.rating(), true, a -> "FWD".equals(a.position()) && a.rating() != null);
        assertThat(form).isNotEmpty().allSatisfy(f -> assertThat(f.position()).isEqualTo("FWD"));
        assertThat(form.get(0).rating()).isCloseTo(expected.get(0).getValue(), within(1e-6));
        DemoFacts.Match last = atletico.matches.get(0);
        assertThat(review).singleElement().satisfies(r -> {
            assertThat(r.matchId()).isEqualTo(last.id());
            assertThat(r.goalsAgainst()).isEqualTo(last.goalsAgainst());
            assertThat(r.opponentShots()).isEqualTo(last.opponentShots());
            assertThat(r.alerts()).isEqualTo("2 pressing, 1 compactness, 1 fatigue");
        });
    }
}
