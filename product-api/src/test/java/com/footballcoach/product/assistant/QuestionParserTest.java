package com.footballcoach.product.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.product.assistant.MetricQuery.Operation;
import com.footballcoach.product.assistant.MetricQuery.Subject;
import com.footballcoach.product.assistant.MetricQuery.Venue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Local mode's grammar: question → metric × subject × window × operation, advice, review or refusal. */
class QuestionParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Roster ROSTER = new Roster(
            List.of(new Roster.Player("p8", "Mateo Rivas", "t1", 8), new Roster.Player("p9", "Lucas Lefèvre", "t1", 9),
                    new Roster.Player("p20", "Reece Hughes", "t1", 20)),
            List.of(new Roster.Team("t1", "Atlético Demo")),
            List.of(new Roster.Team("o1", "Harbour United"), new Roster.Team("o2", "Northgate Rovers")),
            List.of());

    private static MetricQuery ask(String question) {
        QuestionParser.Parsed parsed = QuestionParser.parse(question, ROSTER, TODAY);
        assertThat(parsed).as(question).isInstanceOf(QuestionParser.Ask.class);
        return ((QuestionParser.Ask) parsed).query();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How many goals did we concede in the last 3 matches? | goals_against | TEAM        | TOTAL   | 3
            how many goals have we conceeded in the last five games | goals_against | TEAM   | TOTAL   | 5
            Who played the most minutes over the last 5 matches?  | minutes       | ALL_PLAYERS | RANKING | 5
            Which player covered the most distance in the last match? | distance  | ALL_PLAYERS | RANKING | 1
            How many goals did Mateo Rivas score in the last 5 matches? | goals   | PLAYER      | TOTAL   | 5
            mateo rivass sprints in the last 5 matches            | sprints       | PLAYER      | TOTAL   | 5
            What is our average possession in the last 4 matches? | possession   | TEAM        | AVERAGE | 4
            What was our highest number of shots in a match in the last 10 matches? | team_shots | TEAM | MAXIMUM | 10
            Compare Mateo Rivas and Lucas Lefevre goals in the last 5 matches | goals | PLAYER | COMPARISON | 5
            Is our possession improving over the last 6 matches?  | possession    | TEAM        | TREND   | 6
            How many shots did our opponents have in the last 3 matches? | team_shots | OPPONENT | TOTAL | 3
            Who made the fewest passes in the last match?         | passes        | ALL_PLAYERS | RANKING | 1
            How many pressing alerts did we get in the last 2 matches? | alerts   | TEAM        | TOTAL   | 2
            """)
    void parsesMetricQuestions(String question, String metric, Subject subject, Operation operation, int last) {
        MetricQuery query = ask(question);

        assertThat(query.metric().code()).as(question).isEqualTo(metric);
        assertThat(query.subject()).as(question).isEqualTo(subject);
        assertThat(query.operation()).as(question).isEqualTo(operation);
        assertThat(query.window().lastMatches()).as(question).isEqualTo(last);
        assertThat(query.problem()).as(question).isNull();
    }

    @Test
    void readsNamesOpponentsVenuesDatesAndDirections() {
        assertThat(ask("How many goals did we score against Harbour Untied at home?").window())
                .satisfies(w -> {
                    assertThat(w.opponents()).extracting(Roster.Team::name).containsExactly("Harbour United");
                    assertThat(w.venue()).isEqualTo(Venue.HOME);
                });
        assertThat(ask("How many goals did Harbour United score against us?").subject()).isEqualTo(Subject.OPPONENT);
        assertThat(ask("goals scored this season").window().from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(ask("goals conceded in November").window()).satisfies(w -> {
            assertThat(w.from()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(w.to()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
        assertThat(ask("goals conceded in the last 2 weeks").window().from()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(ask("How many goals did we score in the last 3 away matches?").window())
                .satisfies(w -> {
                    assertThat(w.lastMatches()).isEqualTo(3);
                    assertThat(w.venue()).isEqualTo(Venue.AWAY);
                });
        assertThat(ask("Who made the fewest passes in the last match?").ascending()).isTrue();
        assertThat(ask("How many pressing alerts did we get?").category()).isEqualTo("PRESSING");
        assertThat(ask("How many of our decisions were effective?").metric().code()).isEqualTo("decision_effect");
        assertThat(ask("What was our highest number of shots in a match this season?").playerIds())
                .as("'highest' is not Hughes").isEmpty();
    }

    @Test
    void turnsLineUpQuestionsIntoFormRankingsAndWrongQuestionsIntoReviews() {
        assertThat(QuestionParser.parse("Who should start as striker next match?", ROSTER, TODAY))
                .isEqualTo(new QuestionParser.Advice("FWD", "forward", 5));
        assertThat(QuestionParser.parse("Which goalkeeper should start?", ROSTER, TODAY))
                .isEqualTo(new QuestionParser.Advice("GK", "goalkeeper", 5));
        assertThat(QuestionParser.parse("What did we do wrong in the last match?", ROSTER, TODAY))
                .isEqualTo(new QuestionParser.Review(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Which of their players should we man-mark?", "Who is their most dangerous striker?",
            "Will we win our next match?", "How many corners did we win?", "Is Mateo Rivas injured?",
            "What's the weather like on Saturday?", "How much does Mateo Rivas earn?", "Which referee gave us cards?",
            "What is Mateo Rivas's possession?"})
    void refusesWhatTheDataCannotAnswer(String question) {
        assertThat(QuestionParser.parse(question, ROSTER, TODAY)).as(question).isInstanceOf(QuestionParser.Refusal.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Which players are improving their sprint intensity?", "What is our best pressing formation?",
            "What is gegenpressing?", "How did Mateo Rivas play?", "How did we do against Harbour United?",
            "Who was our best player in the last match?"})
    void leavesTheOlderIntentsTheirQuestions(String question) {
        assertThat(QuestionParser.parse(question, ROSTER, TODAY)).as(question).isInstanceOf(QuestionParser.Other.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"last 0 matches goals", "goals in the last 999 days", "goals in the last 99 matches",
            "#### ???", "goals since", "in", "last", "who who who most least fewest", "ゴール 🙂 goals",
            "goals conceded in Febuary", "compare", "how many goals did against us they their opponents score",
            "alerts decisions effective", "last home matches goals", "last 3 home", "number 8 minutes",
            "shots on target on target on target"})
    void neverFailsOnOddQuestions(String question) {
        QuestionParser.Parsed parsed = QuestionParser.parse(question, ROSTER, TODAY);

        assertThat(parsed).isNotNull();
        if (parsed instanceof QuestionParser.Ask ask) {
            assertThat(ask.query().problem()).as(question).isNull();
            assertThat(MetricAnswers.phrase(ask.query().window())).isNotBlank();
        }
    }
}
