package com.footballcoach.product.assistant;

import java.util.ArrayList;
import java.util.List;

/**
 * The curated tactical glossary: the only source of the assistant's tactical definitions, so
 * definitions are never invented. Formations are described from the {@code formations} table.
 */
final class TacticalGlossary {

    /** One term, its spellings, and the definition the assistant gives. */
    record Entry(String term, List<String> aliases, String definition) {

        List<List<String>> phrases() {
            List<List<String>> phrases = new ArrayList<>();
            phrases.add(Fuzzy.tokens(term));
            aliases.forEach(alias -> phrases.add(Fuzzy.tokens(alias)));
            return phrases;
        }
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("high press", List.of("high pressing", "high line press", "press high"),
                    "Pressing the opponent in their own half, close to their goal, to win the ball back high up "
                            + "the pitch. Needs a compact team and a high defensive line; it leaves space behind."),
            new Entry("low block", List.of("deep block", "park the bus", "parking the bus"),
                    "Defending deep with two compact lines near the own penalty area, conceding possession "
                            + "to deny space behind the defence; typical of 5-4-1 or 4-5-1 shapes."),
            new Entry("mid block", List.of("medium block", "middle block"),
                    "Defending from the halfway line: the team lets the opponent build from the back and "
                            + "presses once the ball enters the middle third."),
            new Entry("gegenpressing", List.of("counter press", "counterpress", "counter pressing", "counterpressing"),
                    "Pressing immediately after losing the ball, for a few seconds and with several players, "
                            + "to win it back before the opponent can organise a counter-attack."),
            new Entry("overlap", List.of("overlapping run", "overlapping runs", "overlaps", "overlapping"),
                    "A run by a full-back or wing-back around the outside of the team-mate on the ball, "
                            + "creating a 2-v-1 on the flank."),
            new Entry("underlap", List.of("underlapping run", "underlaps", "underlapping"),
                    "A run on the inside of the team-mate on the ball, into the half-space between full-back "
                            + "and centre-back."),
            new Entry("false nine", List.of("false 9"),
                    "A centre-forward who drops into midfield, pulling centre-backs out of position and "
                            + "leaving space for runners from wide or deep."),
            new Entry("inverted full-back", List.of("inverted fullback", "inverted full back", "inverted wing back"),
                    "A full-back who moves into central midfield in possession, adding a player in the "
                            + "centre and protecting against counter-attacks."),
            new Entry("half-space", List.of("half space", "half spaces", "halfspace"),
                    "The vertical channels between the centre and the wings; receiving there opens passing "
                            + "lanes both inside and outside."),
            new Entry("pressing trap", List.of("press trap", "pressing traps"),
                    "Letting the opponent play into a chosen zone, usually the touchline, then pressing "
                            + "together so the ball carrier has no way out."),
            new Entry("zonal marking", List.of("zonal defending", "zone marking"),
                    "Each defender covers an area rather than an opponent; common at set pieces."),
            new Entry("man marking", List.of("man to man", "man-to-man marking", "man-oriented marking"),
                    "Each defender follows a given opponent wherever they go."),
            new Entry("counter-attack", List.of("counter attack", "counterattack", "counter attacking", "transition attack"),
                    "Attacking fast right after winning the ball, before the opponent's defence is set."),
            new Entry("tiki-taka", List.of("tiki taka", "tikitaka"),
                    "Short passing and constant movement to keep possession and move the opponent."),
            new Entry("offside trap", List.of("offside line"),
                    "Defenders step up together just before a pass so the attacker is caught offside."),
            new Entry("build-up play", List.of("build up", "buildup", "building from the back", "playing out from the back"),
                    "How a team moves the ball from its goalkeeper and defenders into midfield, usually "
                            + "against the opponent's first line of pressure."),
            new Entry("rest defence", List.of("rest defense", "defensive rest"),
                    "The players kept behind the ball while attacking, placed to stop counter-attacks."),
            new Entry("compactness", List.of("compact shape", "staying compact"),
                    "Small distances between the lines and between players, so that there is little space "
                            + "between or through them."),
            new Entry("wing-back", List.of("wing back", "wingbacks", "wing backs"),
                    "A wide player in a back three or five who covers the whole flank, defending and attacking."),
            new Entry("pressing intensity", List.of("ppda", "passes per defensive action"),
                    "How hard and how often a team presses; here measured by pressures per match, from the "
                            + "players' statistics."));

    private TacticalGlossary() {
    }

    /** The entries whose term or an alias appears in the words of a question. */
    static List<Entry> find(List<String> words) {
        List<Entry> found = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            if (entry.phrases().stream().anyMatch(phrase -> Fuzzy.indexOf(words, phrase) >= 0)) {
                found.add(entry);
            }
        }
        return found;
    }

    static Entry entry(String term) {
        return ENTRIES.stream().filter(e -> e.term().equals(term)).findFirst().orElseThrow();
    }
}
