package com.footballcoach.product.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.footballcoach.platform.web.InvalidInput;
import com.footballcoach.product.imports.ImportRepository.SquadPlayer;
import com.footballcoach.product.imports.ProviderMatch.SheetPlayer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reduction of single StatsBomb events and the player matching, without Spring or a database. */
class ProviderMatchTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode event(String json) {
        return JSON.readTree(json);
    }

    private static String base(int type, String name, int team, int minute, String extra) {
        return "{\"id\":\"e-" + type + "-" + minute + "\",\"type\":{\"id\":" + type + ",\"name\":\"" + name
                + "\"},\"team\":{\"id\":" + team + ",\"name\":\"T" + team + "\"},\"minute\":" + minute + extra + "}";
    }

    @Test
    void aSecondYellowIsARedCardThatEndsThePlayersMatch() {
        ProviderMatch match = new ProviderMatch();
        match.acceptEvent(event(base(35, "Starting XI", 1, 0, ",\"tactics\":{\"formation\":442,\"lineup\":["
                + "{\"player\":{\"id\":7,\"name\":\"Seven\"},\"position\":{\"id\":23},\"jersey_number\":7}]}")), 0, 1);
        match.acceptEvent(event(base(22, "Foul Committed", 1, 40, ",\"player\":{\"id\":7,\"name\":\"Seven\"},"
                + "\"foul_committed\":{\"card\":{\"id\":6,\"name\":\"Second Yellow\"}},\"location\":[60,40]")), 1, 2);
        match.acceptEvent(event(base(34, "Half End", 1, 93, "")), 2, 3);

        assertThat(match.rows).extracting(ProviderMatch.Row::type).containsExactly("foul", "red_card");
        assertThat(match.rows.get(0).coordinates()).isEqualTo("0.500,0.500");
        assertThat(match.tallies.get(7).minutesPlayed(match.lastMinute)).isEqualTo(40);
        assertThat(match.tallies.get(7).foulsCommitted).isEqualTo(1);
        assertThat(match.formations).containsEntry(1, 442);
    }

    @Test
    void anOwnGoalCountsForTheBenefitingTeamAndAnOffsidePassForItsRecipient() {
        ProviderMatch match = new ProviderMatch();
        match.acceptEvent(event(base(25, "Own Goal For", 2, 12, "")), 0, 1);
        match.acceptEvent(event(base(30, "Pass", 1, 13, ",\"player\":{\"id\":3,\"name\":\"Three\"},\"pass\":{"
                + "\"recipient\":{\"id\":9,\"name\":\"Nine\"},\"outcome\":{\"id\":76,\"name\":\"Pass Offside\"}}")), 1, 2);

        assertThat(match.teamTallies.get(2).goals).isEqualTo(1);
        assertThat(match.rows).extracting(ProviderMatch.Row::type).containsExactly("goal");
        assertThat(match.tallies.get(3).passes).isEqualTo(1);
        assertThat(match.tallies.get(3).accuratePasses).isZero();
        assertThat(match.tallies.get(9).offsides).isEqualTo(1);
        assertThat(match.players.get(9).name()).isEqualTo("Nine");
    }

    @Test
    void refusesUnknownTypesAThirdTeamAndMinutesOutOfRangeNamingTheEvent() {
        ProviderMatch match = new ProviderMatch();
        assertThatThrownBy(() -> match.acceptEvent(event(base(99, "Teleport", 1, 1, "")), 4, 17))
                .isInstanceOf(InvalidInput.class).hasMessage("events[4] (line 17): unknown event type 99 'Teleport'.");
        assertThatThrownBy(() -> match.acceptEvent(event(base(30, "Pass", 1, 151, "")), 5, 18))
                .hasMessageContaining("events[5] (line 18): minute must be");
        match.acceptEvent(event(base(43, "Carry", 1, 1, "")), 6, 19);
        match.acceptEvent(event(base(43, "Carry", 2, 1, "")), 7, 20);
        assertThatThrownBy(() -> match.acceptEvent(event(base(43, "Carry", 3, 1, "")), 8, 21))
                .hasMessageContaining("events[8] (line 21): a third team");
    }

    @Test
    void matchesSquadPlayersByNameOrNicknameElseByShirtNumberAndSurnameOnlyOnce() {
        List<SquadPlayer> squad = List.of(new SquadPlayer("a", "Jose Garcia", 4),
                new SquadPlayer("b", "L. Modric", 10), new SquadPlayer("c", "Pedro Torres", 7));
        Set<String> taken = new HashSet<>();

        assertThat(ImportWriter.matchPlayer(new SheetPlayer(1, 1, "José Ignacio García", "José García", 4, 5), squad,
                taken)).map(SquadPlayer::id).hasValue("a");
        assertThat(ImportWriter.matchPlayer(new SheetPlayer(2, 1, "Luka Modrić", null, 10, 14), squad, taken))
                .map(SquadPlayer::id).hasValue("b");
        assertThat(ImportWriter.matchPlayer(new SheetPlayer(3, 1, "Someone Torres", null, 8, 14), squad, taken))
                .isEmpty();
        taken.add("c");
        assertThat(ImportWriter.matchPlayer(new SheetPlayer(4, 1, "Pedro Torres", null, 7, 14), squad, taken))
                .isEmpty();
    }

    @Test
    void mapsStatsBombPositionsOntoTheZeroToOnePitch() {
        assertThat(Pitch.position(1)).isEqualTo("0.050,0.500");
        assertThat(Pitch.position(23)).isEqualTo("0.850,0.500");
        assertThat(Pitch.position(2)).isEqualTo("0.250,0.900");
        assertThat(Pitch.position(26)).isNull();
        assertThat(Pitch.coordinates(130, -5)).isEqualTo("1.000,0.000");
        assertThat(Pitch.group(1)).isEqualTo("GK");
        assertThat(Pitch.group(19)).isEqualTo("MID");
        assertThat(Pitch.group(24)).isEqualTo("FWD");
    }
}
