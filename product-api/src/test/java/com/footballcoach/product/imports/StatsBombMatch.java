package com.footballcoach.product.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * A full 90-minute match in the StatsBomb open-data format, generated: an events file (Starting
 * XIs, half starts and ends, passes with ball receipts, carries, pressures, duels, interceptions,
 * clearances, fouls, shots with xG, saves, offsides, substitutions, cards) and a lineups file. The
 * generator counts what it emits per player and per team, so tests compare the import against what
 * the files hold, not against the importer's own arithmetic.
 */
final class StatsBombMatch {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One provider player. */
    record Person(int id, String name, String nickname, int jersey, int positionId) {
    }

    /** What the generator emitted for one player. */
    static final class Counts {
        int passes, accurate, shots, onTarget, tackles, interceptions, clearances, saves, foulsCommitted,
                foulsSuffered, offsides, pressures, keyPasses;
        double xg;
        int on = -1;
        int off = -1;

        int minutes() {
            return on < 0 ? 0 : (off < 0 ? 90 : off) - on;
        }
    }

    /** What the generator emitted for one team. */
    static final class TeamCounts {
        int goals, shots, onTarget, pressures, fouls, yellow;
        double xg, possession;
    }

    final int ownId;
    final int otherId;
    final String ownName;
    final String otherName;
    final Map<Integer, List<Person>> squads = new LinkedHashMap<>();
    final Map<Integer, Counts> counts = new HashMap<>();
    final Map<Integer, TeamCounts> teams = new HashMap<>();
    final List<Map<String, Object>> events = new ArrayList<>();
    int substitutions;

    private final Random random;
    private final Map<Integer, List<Person>> onPitch = new HashMap<>();
    private int possession = 1;
    private int possessionTeam;

    /** Starting positions of a 4-3-3: GK, RB, RCB, LCB, LB, CDM, RCM, LCM, RW, ST, LW. */
    private static final int[] POSITIONS = {1, 2, 3, 5, 6, 10, 13, 15, 17, 23, 21};
    private static final String[] FIRST = {"José", "Marc", "Luka", "Pedro", "Ousmane", "Frenkie", "Jordi", "Sergio",
            "Gerard", "Ansu", "Ronald", "Samuel", "Ivan", "Carles", "Philippe", "Arthur"};
    private static final String[] LAST = {"García", "Torres", "Modrić", "Rodríguez", "Dembélé", "de Jong", "Alba",
            "Busquets", "Piqué", "Fati", "Araújo", "Umtiti", "Rakitić", "Aleñá", "Coutinho", "Melo"};

    StatsBombMatch(long seed, int ownId, String ownName, int otherId, String otherName) {
        this.random = new Random(seed);
        this.ownId = ownId;
        this.otherId = otherId;
        this.ownName = ownName;
        this.otherName = otherName;
        for (int team : List.of(ownId, otherId)) {
            List<Person> squad = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int id = team * 100 + i;
                String full = FIRST[i] + " " + LAST[(i + (team == ownId ? 0 : 5)) % LAST.length];
                // the full name carries a middle name, the nickname is the short name (as in StatsBomb's files)
                String name = FIRST[i] + " Ibáñez " + LAST[(i + (team == ownId ? 0 : 5)) % LAST.length];
                squad.add(new Person(id, team == ownId ? name : full + " Rival", full, i + 1,
                        i < 11 ? POSITIONS[i] : 0));
                counts.put(id, new Counts());
            }
            squads.put(team, squad);
            teams.put(team, new TeamCounts());
            onPitch.put(team, new ArrayList<>(squad.subList(0, 11)));
        }
        possessionTeam = ownId;
    }

    /** Generates {@code total} events: goals at 23' and 67' for the own side, 51' for the other. */
    StatsBombMatch generate(int total) {
        for (int team : List.of(ownId, otherId)) {
            Map<String, Object> e = event(1, 0, 0, 35, "Starting XI", team, null);
            List<Map<String, Object>> lineup = new ArrayList<>();
            for (Person p : squads.get(team).subList(0, 11)) {
                lineup.add(Map.of("player", Map.of("id", p.id(), "name", p.name()), "position",
                        Map.of("id", p.positionId(), "name", "Position " + p.positionId()), "jersey_number", p.jersey()));
                counts.get(p.id()).on = 0;
            }
            e.put("tactics", Map.of("formation", 433, "lineup", lineup));
            events.add(e);
        }
        for (int team : List.of(ownId, otherId)) {
            events.add(event(1, 0, 0, 18, "Half Start", team, null));
        }
        int first = events.size();
        int body = total - first - 4;
        while (events.size() < total - 4) {
            double clock = (events.size() - first) * 90 * 60.0 / body;
            int minute = (int) (clock / 60);
            int second = (int) (clock % 60);
            int period = minute < 45 ? 1 : 2;
            scheduled(period, minute, second);
            int room = total - 4 - events.size();
            if (room >= 2) {
                play(period, minute, second);
            } else if (room == 1) {
                events.add(event(period, minute, second, 2, "Ball Recovery", possessionTeam, pick(possessionTeam)));
            }
        }
        for (int period : List.of(1, 2)) {
            for (int team : List.of(ownId, otherId)) {
                events.add(event(period, period == 1 ? 45 : 90, 0, 34, "Half End", team, null));
            }
        }
        return this;
    }

    private final boolean[] done = new boolean[8];

    private void scheduled(int period, int minute, int second) {
        if (minute >= 23 && !done[0]) {
            done[0] = true;
            goal(period, minute, second, ownId);
        }
        if (minute >= 30 && !done[1]) {
            done[1] = true;
            foul(period, minute, second, otherId, "Yellow Card");
        }
        if (minute >= 51 && !done[2]) {
            done[2] = true;
            goal(period, minute, second, otherId);
        }
        if (minute >= 60 && !done[3]) {
            done[3] = true;
            substitute(period, minute, second, ownId, 10, 11);
        }
        if (minute >= 67 && !done[4]) {
            done[4] = true;
            goal(period, minute, second, ownId);
        }
        if (minute >= 70 && !done[5]) {
            done[5] = true;
            substitute(period, minute, second, otherId, 9, 12);
        }
        if (minute >= 80 && !done[6]) {
            done[6] = true;
            Person p = onPitch.get(ownId).get(3);
            Map<String, Object> e = event(period, minute, second, 24, "Bad Behaviour", ownId, p);
            e.put("bad_behaviour", Map.of("card", Map.of("id", 7, "name", "Yellow Card")));
            events.add(e);
            teams.get(ownId).yellow++;
        }
    }

    private void play(int period, int minute, int second) {
        int team = possessionTeam;
        int other = team == ownId ? otherId : ownId;
        Person p = pick(team);
        double roll = random.nextDouble();
        if (roll < 0.30) {
            Person to = pick(team);
            boolean complete = random.nextDouble() < 0.82;
            Map<String, Object> e = event(period, minute, second, 30, "Pass", team, p);
            double ex = 10 + random.nextDouble() * 105;
            Map<String, Object> pass = new LinkedHashMap<>();
            pass.put("recipient", Map.of("id", to.id(), "name", to.name()));
            pass.put("length", round(5 + random.nextDouble() * 40));
            pass.put("angle", round(random.nextDouble() * 3));
            pass.put("height", Map.of("id", 1, "name", "Ground Pass"));
            pass.put("end_location", List.of(round(ex), round(random.nextDouble() * 80)));
            pass.put("body_part", Map.of("id", 40, "name", "Right Foot"));
            if (!complete) {
                pass.put("outcome", Map.of("id", 9, "name", "Incomplete"));
            }
            e.put("pass", pass);
            events.add(e);
            Counts c = counts.get(p.id());
            c.passes++;
            if (complete) {
                c.accurate++;
                events.add(event(period, minute, second, 42, "Ball Receipt*", team, to));
            } else {
                turnover();
            }
        } else if (roll < 0.45) {
            Map<String, Object> e = event(period, minute, second, 43, "Carry", team, p);
            e.put("carry", Map.of("end_location", List.of(round(random.nextDouble() * 120), round(random.nextDouble() * 80))));
            events.add(e);
        } else if (roll < 0.60) {
            Person presser = pick(other);
            events.add(event(period, minute, second, 17, "Pressure", other, presser));
            counts.get(presser.id()).pressures++;
            teams.get(other).pressures++;
        } else if (roll < 0.66) {
            Person tackler = pick(other);
            Map<String, Object> e = event(period, minute, second, 4, "Duel", other, tackler);
            e.put("duel", Map.of("type", Map.of("id", 11, "name", "Tackle"), "outcome", Map.of("id", 4, "name", "Won")));
            events.add(e);
            counts.get(tackler.id()).tackles++;
            turnover();
        } else if (roll < 0.71) {
            Person interceptor = pick(other);
            Map<String, Object> e = event(period, minute, second, 10, "Interception", other, interceptor);
            e.put("interception", Map.of("outcome", Map.of("id", 4, "name", "Won")));
            events.add(e);
            counts.get(interceptor.id()).interceptions++;
            turnover();
        } else if (roll < 0.75) {
            Person clearer = pick(other);
            Map<String, Object> e = event(period, minute, second, 9, "Clearance", other, clearer);
            e.put("clearance", Map.of("body_part", Map.of("id", 37, "name", "Head")));
            events.add(e);
            counts.get(clearer.id()).clearances++;
            turnover();
        } else if (roll < 0.77) {
            foul(period, minute, second, other, null);
        } else if (roll < 0.785) {
            shot(period, minute, second, team, p, random.nextDouble() < 0.4 ? "Saved" : "Off T");
        } else if (roll < 0.79) {
            events.add(event(period, minute, second, 8, "Offside", team, p));
            counts.get(p.id()).offsides++;
            turnover();
        } else {
            Map<String, Object> e = event(period, minute, second, 2, "Ball Recovery", team, p);
            events.add(e);
        }
    }

    private void goal(int period, int minute, int second, int team) {
        Person assistant = pick(team);
        Person scorer = onPitch.get(team).get(9);
        if (assistant == scorer) {
            assistant = onPitch.get(team).get(8);
        }
        Map<String, Object> e = event(period, minute, second, 30, "Pass", team, assistant);
        e.put("pass", Map.of("recipient", Map.of("id", scorer.id(), "name", scorer.name()), "length", 12.5,
                "end_location", List.of(108.0, 38.0), "goal_assist", true));
        events.add(e);
        Counts c = counts.get(assistant.id());
        c.passes++;
        c.accurate++;
        c.keyPasses++;
        shot(period, minute, second, team, scorer, "Goal");
    }

    private void shot(int period, int minute, int second, int team, Person p, String outcome) {
        double xg = round(0.02 + random.nextDouble() * 0.5);
        Map<String, Object> e = event(period, minute, second, 16, "Shot", team, p);
        e.put("location", List.of(round(95 + random.nextDouble() * 20), round(25 + random.nextDouble() * 30)));
        e.put("shot", Map.of("statsbomb_xg", xg, "outcome", Map.of("id", 97, "name", outcome),
                "end_location", List.of(120.0, 40.0, 1.0), "body_part", Map.of("id", 40, "name", "Right Foot")));
        events.add(e);
        Counts c = counts.get(p.id());
        TeamCounts t = teams.get(team);
        c.shots++;
        c.xg += xg;
        t.shots++;
        t.xg += xg;
        if (!outcome.equals("Off T")) {
            c.onTarget++;
            t.onTarget++;
        }
        if (outcome.equals("Goal")) {
            t.goals++;
        }
        int other = team == ownId ? otherId : ownId;
        if (outcome.equals("Saved")) {
            Person keeper = onPitch.get(other).get(0);
            Map<String, Object> save = event(period, minute, second, 23, "Goal Keeper", other, keeper);
            save.put("goalkeeper", Map.of("type", Map.of("id", 33, "name", "Shot Saved")));
            events.add(save);
            counts.get(keeper.id()).saves++;
        }
        turnover();
    }

    private void foul(int period, int minute, int second, int team, String card) {
        int other = team == ownId ? otherId : ownId;
        Person offender = pick(team);
        Person victim = pick(other);
        Map<String, Object> e = event(period, minute, second, 22, "Foul Committed", team, offender);
        if (card != null) {
            e.put("foul_committed", Map.of("card", Map.of("id", 7, "name", card)));
            teams.get(team).yellow++;
        }
        events.add(e);
        events.add(event(period, minute, second, 21, "Foul Won", other, victim));
        counts.get(offender.id()).foulsCommitted++;
        counts.get(victim.id()).foulsSuffered++;
        teams.get(team).fouls++;
    }

    private void substitute(int period, int minute, int second, int team, int offIndex, int benchIndex) {
        Person off = onPitch.get(team).get(offIndex);
        Person on = squads.get(team).get(benchIndex);
        Map<String, Object> e = event(period, minute, second, 19, "Substitution", team, off);
        e.put("substitution", Map.of("replacement", Map.of("id", on.id(), "name", on.name()),
                "outcome", Map.of("id", 103, "name", "Tactical")));
        events.add(e);
        onPitch.get(team).set(offIndex, on);
        counts.get(off.id()).off = minute;
        counts.get(on.id()).on = minute;
        substitutions++;
    }

    private void turnover() {
        possessionTeam = possessionTeam == ownId ? otherId : ownId;
        possession++;
    }

    private Person pick(int team) {
        List<Person> players = onPitch.get(team);
        return players.get(random.nextInt(players.size()));
    }

    private Map<String, Object> event(int period, int minute, int second, int typeId, String typeName, int team,
            Person player) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", new UUID(random.nextLong(), random.nextLong()).toString());
        e.put("index", events.size() + 1);
        e.put("period", period);
        e.put("timestamp", String.format(Locale.ROOT, "00:%02d:%02d.%03d", (minute - (period - 1) * 45) % 60,
                second, random.nextInt(1000)));
        e.put("minute", minute);
        e.put("second", second);
        Map<String, Object> type = new LinkedHashMap<>();
        type.put("id", typeId);
        type.put("name", typeName);
        e.put("type", type);
        e.put("possession", possession);
        e.put("possession_team", Map.of("id", possessionTeam, "name", possessionTeam == ownId ? ownName : otherName));
        e.put("play_pattern", Map.of("id", 1, "name", "Regular Play"));
        e.put("team", Map.of("id", team, "name", team == ownId ? ownName : otherName));
        if (player != null) {
            e.put("player", Map.of("id", player.id(), "name", player.name()));
            e.put("position", Map.of("id", Math.max(1, player.positionId()), "name", "Position"));
            e.put("location", List.of(round(random.nextDouble() * 120), round(random.nextDouble() * 80)));
        }
        double duration = round(random.nextDouble() * 2.5);
        e.put("duration", duration);
        teams.get(possessionTeam).possession += duration;
        e.put("related_events", List.of(new UUID(random.nextLong(), random.nextLong()).toString()));
        return e;
    }

    String eventsJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(events);
    }

    String lineupsJson() {
        List<Map<String, Object>> sheets = new ArrayList<>();
        for (int team : List.of(ownId, otherId)) {
            List<Map<String, Object>> lineup = new ArrayList<>();
            for (Person p : squads.get(team)) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("player_id", p.id());
                entry.put("player_name", p.name());
                entry.put("player_nickname", p.nickname());
                entry.put("jersey_number", p.jersey());
                entry.put("country", Map.of("id", 214, "name", "Spain"));
                entry.put("cards", List.of());
                entry.put("positions", p.positionId() == 0 ? List.of()
                        : List.of(Map.of("position_id", p.positionId(), "position", "Position", "from", "00:00",
                                "to", "90:00", "from_period", 1, "to_period", 2,
                                "start_reason", "Starting XI", "end_reason", "Final Whistle")));
                lineup.add(entry);
            }
            sheets.add(Map.of("team_id", team, "team_name", team == ownId ? ownName : otherName, "lineup", lineup));
        }
        return JSON.writeValueAsString(sheets);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
