package com.footballcoach.product.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The routing table: questions as coaches type them, typos included, and where each must go. */
class IntentRouterTest {

    static final Roster ROSTER = new Roster(
            List.of(new Roster.Player("p-rivas", "Mateo Rivas", "t-1", 8),
                    new Roster.Player("p-garcia", "Hugo García", "t-1", 9),
                    new Roster.Player("p-walker", "Harry Walker", "t-1", 4),
                    new Roster.Player("p-dubois", "Lucas Dubois", "t-1", 10),
                    new Roster.Player("p-devries", "Daan de Vries", "t-1", 5),
                    new Roster.Player("p-okafor", "Samuel Okafor", "t-1", 11)),
            List.of(new Roster.Team("t-1", "Atlético Demo")),
            List.of(new Roster.Team("t-9", "Harbour United"), new Roster.Team("t-8", "Northgate Rovers")),
            List.of(new Roster.Formation("f-433", "4-3-3", "Three forwards"),
                    new Roster.Formation("f-442", "4-4-2", "Two banks of four"),
                    new Roster.Formation("f-532", "5-3-2", "Five at the back")));

    static Stream<Arguments> table() {
        return Stream.of(
                // analytical: sprint trend
                row("Which players are improving their sprint intensity?", Intent.ANALYTICAL, AnalyticsKind.SPRINT_TREND),
                row("who is improvng the most in sprints", Intent.ANALYTICAL, AnalyticsKind.SPRINT_TREND),
                row("Top improvers by sprnt count", Intent.ANALYTICAL, AnalyticsKind.SPRINT_TREND),
                row("sprint trend of the squad", Intent.ANALYTICAL, AnalyticsKind.SPRINT_TREND),
                row("Is Mateo Rivas improving?", Intent.ANALYTICAL, AnalyticsKind.SPRINT_TREND),
                row("which players are progresing lately", Intent.ANALYTICAL, AnalyticsKind.SPRINT_TREND),
                row("who sprints the most", Intent.ANALYTICAL, AnalyticsKind.SPRINT_TREND),
                row("Show me the sprint intensty trend", Intent.ANALYTICAL, AnalyticsKind.SPRINT_TREND),
                // analytical: top rating
                row("Who has the highest average rating over the last 5 matches?", Intent.ANALYTICAL, AnalyticsKind.TOP_RATING),
                row("who was our best player in the last match", Intent.ANALYTICAL, AnalyticsKind.TOP_RATING),
                row("best ratd players last 3 games", Intent.ANALYTICAL, AnalyticsKind.TOP_RATING),
                row("top performers this month", Intent.ANALYTICAL, AnalyticsKind.TOP_RATING),
                row("higest rating in the last game?", Intent.ANALYTICAL, AnalyticsKind.TOP_RATING),
                row("average rating leaders", Intent.ANALYTICAL, AnalyticsKind.TOP_RATING),
                row("Who are the best playres?", Intent.ANALYTICAL, AnalyticsKind.TOP_RATING),
                // analytical: pressing formations
                row("What is our best pressing formation?", Intent.ANALYTICAL, AnalyticsKind.PRESSING_FORMATIONS),
                row("which formaton presses best", Intent.ANALYTICAL, AnalyticsKind.PRESSING_FORMATIONS),
                row("best formation for presing", Intent.ANALYTICAL, AnalyticsKind.PRESSING_FORMATIONS),
                row("Which shape gives us the most pressures?", Intent.ANALYTICAL, AnalyticsKind.PRESSING_FORMATIONS),
                row("top pressing systems", Intent.ANALYTICAL, AnalyticsKind.PRESSING_FORMATIONS),
                // player stats
                row("How did Mateo Rivas play?", Intent.PLAYER_STATS, null),
                row("stats for matteo rivas", Intent.PLAYER_STATS, null),
                row("How many sprints did Rivas make in the last match?", Intent.PLAYER_STATS, null),
                row("what about number 9", Intent.PLAYER_STATS, null),
                row("#10 passes", Intent.PLAYER_STATS, null),
                row("Hugo Garcia goals this season", Intent.PLAYER_STATS, null),
                row("how is de vries doing", Intent.PLAYER_STATS, null),
                row("player stats for okafr", Intent.PLAYER_STATS, null),
                row("show player statistcs", Intent.PLAYER_STATS, null),
                row("Does Walker do the gegenpressing well?", Intent.PLAYER_STATS, null),
                // tactical knowledge
                row("What is a high press?", Intent.TACTICAL_KNOWLEDGE, null),
                row("explain gegenpresing", Intent.TACTICAL_KNOWLEDGE, null),
                row("what does low blok mean", Intent.TACTICAL_KNOWLEDGE, null),
                row("How do overlapping runs work?", Intent.TACTICAL_KNOWLEDGE, null),
                row("what is a false nine", Intent.TACTICAL_KNOWLEDGE, null),
                row("explain the 4-3-3", Intent.TACTICAL_KNOWLEDGE, null),
                row("what is a mid blok", Intent.TACTICAL_KNOWLEDGE, null),
                row("what is the half spaces", Intent.TACTICAL_KNOWLEDGE, null),
                // match stats
                row("How did we do in the last match?", Intent.MATCH_STATS, null),
                row("what was the score against Harbour United", Intent.MATCH_STATS, null),
                row("possesion in the last 3 games", Intent.MATCH_STATS, null),
                row("results vs northgate rovers", Intent.MATCH_STATS, null),
                row("did we win the last gmae", Intent.MATCH_STATS, null),
                row("xg last match", Intent.MATCH_STATS, null),
                // team summary
                row("Give me a team summary", Intent.TEAM_SUMMARY, null),
                row("how is the sqaud doing this season", Intent.TEAM_SUMMARY, null),
                row("season overveiw please", Intent.TEAM_SUMMARY, null),
                row("what's our record", Intent.TEAM_SUMMARY, null),
                // general
                row("hello", Intent.GENERAL, null),
                row("what can you do?", Intent.GENERAL, null),
                row("thanks!", Intent.GENERAL, null));
    }

    private static Arguments row(String question, Intent intent, @Nullable AnalyticsKind kind) {
        return Arguments.of(question, intent, kind);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("table")
    void routesEachQuestionOfTheTable(String question, Intent intent, @Nullable AnalyticsKind kind) {
        IntentRouter.Route route = IntentRouter.route(question, ROSTER);

        assertThat(route.intent()).isEqualTo(intent);
        assertThat(route.analytics()).isEqualTo(kind);
    }

    @Test
    void theTableHasAtLeastFortyQuestions() {
        assertThat(table().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void findsPlayersByMisspeltNameSurnameAndShirtNumber() {
        assertThat(players("how did Mateo Rivs play")).containsExactly("p-rivas");
        assertThat(players("compare garcia and dubios")).containsExactlyInAnyOrder("p-garcia", "p-dubois");
        assertThat(players("what about number 4 and #11")).containsExactlyInAnyOrder("p-walker", "p-okafor");
        assertThat(players("what is a high press")).isEmpty();
    }

    @Test
    void readsTheMatchWindowOpponentsAndFormations() {
        assertThat(EntityExtractor.extract("best player in the last match", ROSTER).lastMatches()).isEqualTo(1);
        assertThat(EntityExtractor.extract("ratings over the last 5 games", ROSTER).lastMatches()).isEqualTo(5);
        assertThat(EntityExtractor.extract("ratings over the last five matches", ROSTER).lastMatches()).isEqualTo(5);
        assertThat(EntityExtractor.extract("ratings this season", ROSTER).lastMatches()).isNull();
        assertThat(EntityExtractor.extract("score against harbor united", ROSTER).opponents())
                .extracting(Roster.Team::name).containsExactly("Harbour United");
        assertThat(EntityExtractor.extract("4-3-3 or 5 - 3 - 2 or 3-4-3?", ROSTER).formations())
                .extracting(Roster.Formation::name).containsExactly("4-3-3", "5-3-2");
    }

    @Test
    void readsOnlyTheFirstTwentyWords() {
        String padding = "a ".repeat(20);

        assertThat(IntentRouter.route(padding + "what is gegenpressing", ROSTER).intent()).isEqualTo(Intent.GENERAL);
    }

    @Test
    void holdsShortWordsToAStricterMatch() {
        assertThat(Fuzzy.matches("from", "form")).isFalse();
        assertThat(Fuzzy.matches("improvng", "improving")).isTrue();
        assertThat(Fuzzy.matches("sprnt", "sprint")).isTrue();
        assertThat(Fuzzy.matches("top", "to")).isFalse();
    }

    private static List<String> players(String question) {
        return EntityExtractor.extract(question, ROSTER).players().stream().map(Roster.Player::id).toList();
    }
}
