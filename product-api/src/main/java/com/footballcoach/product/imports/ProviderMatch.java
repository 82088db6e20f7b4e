package com.footballcoach.product.imports;

import com.footballcoach.platform.web.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a StatsBomb events file and lineups file say about one match, reduced while they are read
 * to what is stored: the two teams, the squads and starting elevens, the events the schema keeps
 * as rows, and per player and per team counters. It never holds the events themselves.
 */
final class ProviderMatch {

    /** The StatsBomb event types (id → name) of the open-data specification; any other is refused. */
    static final Map<Integer, String> EVENT_TYPES = Map.ofEntries(Map.entry(2, "Ball Recovery"),
            Map.entry(3, "Dispossessed"), Map.entry(4, "Duel"), Map.entry(5, "Camera On"), Map.entry(6, "Block"),
            Map.entry(8, "Offside"), Map.entry(9, "Clearance"), Map.entry(10, "Interception"),
            Map.entry(14, "Dribble"), Map.entry(16, "Shot"), Map.entry(17, "Pressure"), Map.entry(18, "Half Start"),
            Map.entry(19, "Substitution"), Map.entry(20, "Own Goal Against"), Map.entry(21, "Foul Won"),
            Map.entry(22, "Foul Committed"), Map.entry(23, "Goal Keeper"), Map.entry(24, "Bad Behaviour"),
            Map.entry(25, "Own Goal For"), Map.entry(26, "Player On"), Map.entry(27, "Player Off"),
            Map.entry(28, "Shield"), Map.entry(30, "Pass"), Map.entry(33, "50/50"), Map.entry(34, "Half End"),
            Map.entry(35, "Starting XI"), Map.entry(36, "Tactical Shift"), Map.entry(37, "Error"),
            Map.entry(38, "Miscontrol"), Map.entry(39, "Dribbled Past"), Map.entry(40, "Injury Stoppage"),
            Map.entry(41, "Referee Ball-Drop"), Map.entry(42, "Ball Receipt*"), Map.entry(43, "Carry"));

    private static final Set<String> ON_TARGET = Set.of("Goal", "Saved", "Saved to Post");
    private static final Set<String> SAVES = Set.of("Shot Saved", "Penalty Saved", "Shot Saved to Post",
            "Shot Saved Off Target", "Save");
    static final int MAX_MINUTE = 150;

    /** A provider player as the files name them; {@code positionId} is their first position, if known. */
    record SheetPlayer(int id, int teamId, String name, @Nullable String nickname, @Nullable Integer jersey,
            @Nullable Integer positionId) {
    }

    /** An event the schema keeps as a row ({@code match_events.event_type}). */
    record Row(String type, int minute, @Nullable Integer playerId, int teamId, @Nullable String coordinates) {
    }

    /** A player's counters; {@code on}/{@code off} are the minutes they came on and went off (-1: not yet). */
    static final class Tally {
        int teamId;
        int on = -1;
        int off = -1;
        boolean started;
        int shots, shotsOnTarget, passes, accuratePasses, keyPasses, tackles, interceptions, clearances, saves;
        int foulsCommitted, foulsSuffered, offsides, pressures;
        double xg;
        boolean active;

        int minutesPlayed(int end) {
            if (on < 0) {
                return 0;
            }
            return Math.max(0, (off < 0 ? end : off) - on);
        }
    }

    /** A team's counters. */
    static final class TeamTally {
        int goals, shots, shotsOnTarget, pressures, finalThirdPasses;
        double xg, possessionSeconds;
    }

    final Map<Integer, String> teams = new LinkedHashMap<>();
    final Map<Integer, SheetPlayer> players = new LinkedHashMap<>();
    final Map<Integer, Map<Integer, Integer>> starters = new LinkedHashMap<>();
    final Map<Integer, Integer> formations = new LinkedHashMap<>();
    final List<Row> rows = new ArrayList<>();
    final Map<Integer, Tally> tallies = new LinkedHashMap<>();
    final Map<Integer, TeamTally> teamTallies = new LinkedHashMap<>();
    @Nullable String firstStartingXiId;
    int eventCount;
    int lastMinute;

    /** One team of the lineups file. */
    void acceptSheet(JsonNode team, int position) {
        String where = "lineups[" + position + "]";
        int teamId = requireInt(team, "team_id", "lineups", where);
        String teamName = text(team.get("team_name"));
        if (teamName == null) {
            throw new InvalidInput("lineups", where + ": team_name is missing.");
        }
        teams.putIfAbsent(teamId, teamName);
        JsonNode lineup = team.get("lineup");
        if (lineup == null || !lineup.isArray()) {
            throw new InvalidInput("lineups", where + ": lineup must be an array.");
        }
        int i = 0;
        for (JsonNode p : lineup) {
            String at = where + ".lineup[" + i++ + "]";
            int id = requireInt(p, "player_id", "lineups", at);
            String name = text(p.get("player_name"));
            if (name == null) {
                throw new InvalidInput("lineups", at + ": player_name is missing.");
            }
            JsonNode positions = p.get("positions");
            Integer positionId = positions != null && positions.isArray() && !positions.isEmpty()
                    ? integer(positions.get(0).get("position_id")) : null;
            players.put(id, new SheetPlayer(id, teamId, name, text(p.get("player_nickname")),
                    integer(p.get("jersey_number")), positionId));
        }
    }

    /** One event of the events file, at its position in the array. */
    void acceptEvent(JsonNode e, int index, long line) {
        String where = "events[" + index + "] (line " + line + ")";
        if (!e.isObject()) {
            throw new InvalidInput("events", where + ": an event must be an object.");
        }
        JsonNode type = e.get("type");
        Integer typeId = type == null ? null : integer(type.get("id"));
        if (typeId == null) {
            throw new InvalidInput("events", where + ": type.id is missing.");
        }
        if (!EVENT_TYPES.containsKey(typeId)) {
            throw new InvalidInput("events", where + ": unknown event type " + typeId
                    + (type.get("name") == null ? "" : " '" + text(type.get("name")) + "'") + ".");
        }
        JsonNode team = e.get("team");
        Integer teamId = team == null ? null : integer(team.get("id"));
        String teamName = team == null ? null : text(team.get("name"));
        if (teamId == null || teamName == null) {
            throw new InvalidInput("events", where + ": team.id and team.name are required.");
        }
        Integer minute = integer(e.get("minute"));
        if (minute == null || minute < 0 || minute > MAX_MINUTE) {
            throw new InvalidInput("events", where + ": minute must be a whole number from 0 to " + MAX_MINUTE + ".");
        }
        teams.putIfAbsent(teamId, teamName);
        if (teams.size() > 2) {
            throw new InvalidInput("events", where + ": a third team (" + teamId + " '" + teamName
                    + "') appears; an events file describes one match.");
        }
        eventCount++;
        lastMinute = Math.max(lastMinute, minute);
        TeamTally side = teamTallies.computeIfAbsent(teamId, k -> new TeamTally());
        JsonNode possessionTeam = e.get("possession_team");
        Integer possessor = possessionTeam == null ? null : integer(possessionTeam.get("id"));
        JsonNode duration = e.get("duration");
        if (possessor != null && duration != null && duration.isNumber() && duration.asDouble() > 0) {
            teamTallies.computeIfAbsent(possessor, k -> new TeamTally()).possessionSeconds += duration.asDouble();
        }
        Integer playerId = player(e, teamId, where);
        Tally player = playerId == null ? null : tally(playerId, teamId);
        String coordinates = location(e.get("location"));
        switch (typeId) {
            case 35 -> startingEleven(e, teamId, where);
            case 16 -> shot(e, teamId, minute, playerId, player, side, coordinates);
            case 30 -> pass(e, teamId, minute, playerId, player, side, coordinates);
            case 4 -> {
                if (player != null && "Tackle".equals(name(e.path("duel").get("type")))) {
                    player.tackles++;
                }
            }
            case 10 -> count(player, t -> t.interceptions++);
            case 9 -> count(player, t -> t.clearances++);
            case 23 -> {
                if (player != null && SAVES.contains(name(e.path("goalkeeper").get("type")))) {
                    player.saves++;
                }
            }
            case 22 -> {
                count(player, t -> t.foulsCommitted++);
                rows.add(new Row("foul", minute, playerId, teamId, coordinates));
                card(name(e.path("foul_committed").get("card")), minute, playerId, player, teamId, coordinates);
            }
            case 24 -> card(name(e.path("bad_behaviour").get("card")), minute, playerId, player, teamId, coordinates);
            case 21 -> count(player, t -> t.foulsSuffered++);
            case 8 -> count(player, t -> t.offsides++);
            case 17 -> {
                count(player, t -> t.pressures++);
                side.pressures++;
            }
            case 19 -> substitution(e, teamId, minute, playerId, player, where);
            case 25 -> {
                side.goals++;
                rows.add(new Row("goal", minute, null, teamId, coordinates));
            }
            default -> {
                // counted in possession only
            }
        }
    }

    private void startingEleven(JsonNode e, int teamId, String where) {
        if (firstStartingXiId == null) {
            firstStartingXiId = text(e.get("id"));
        }
        JsonNode tactics = e.get("tactics");
        JsonNode lineup = tactics == null ? null : tactics.get("lineup");
        if (lineup == null || !lineup.isArray()) {
            throw new InvalidInput("events", where + ": a Starting XI needs tactics.lineup.");
        }
        Integer formation = integer(tactics.get("formation"));
        if (formation != null) {
            formations.put(teamId, formation);
        }
        Map<Integer, Integer> eleven = starters.computeIfAbsent(teamId, k -> new LinkedHashMap<>());
        int i = 0;
        for (JsonNode slot : lineup) {
            String at = where + ".tactics.lineup[" + i++ + "]";
            JsonNode p = slot.get("player");
            Integer id = p == null ? null : integer(p.get("id"));
            String name = p == null ? null : text(p.get("name"));
            if (id == null || name == null) {
                throw new InvalidInput("events", at + ": player.id and player.name are required.");
            }
            Integer positionId = integer(slot.path("position").get("id"));
            Integer jersey = integer(slot.get("jersey_number"));
            SheetPlayer known = players.get(id);
            players.put(id, new SheetPlayer(id, teamId, known == null ? name : known.name(),
                    known == null ? null : known.nickname(), jersey != null ? jersey : known == null ? null : known.jersey(),
                    positionId != null ? positionId : known == null ? null : known.positionId()));
            eleven.put(id, positionId == null ? 0 : positionId);
            Tally tally = tally(id, teamId);
            tally.started = true;
            tally.on = 0;
        }
    }

    private void shot(JsonNode e, int teamId, int minute, @Nullable Integer playerId, @Nullable Tally player,
            TeamTally side, @Nullable String coordinates) {
        JsonNode shot = e.path("shot");
        String outcome = name(shot.get("outcome"));
        JsonNode xg = shot.get("statsbomb_xg");
        double value = xg != null && xg.isNumber() ? xg.asDouble() : 0;
        boolean onTarget = outcome != null && ON_TARGET.contains(outcome);
        side.shots++;
        side.xg += value;
        if (onTarget) {
            side.shotsOnTarget++;
        }
        if (player != null) {
            player.shots++;
            player.xg += value;
            if (onTarget) {
                player.shotsOnTarget++;
            }
        }
        if ("Goal".equals(outcome)) {
            side.goals++;
        }
        rows.add(new Row("Goal".equals(outcome) ? "goal" : "shot", minute, playerId, teamId, coordinates));
    }

    private void pass(JsonNode e, int teamId, int minute, @Nullable Integer playerId, @Nullable Tally player,
            TeamTally side, @Nullable String coordinates) {
        JsonNode pass = e.path("pass");
        boolean completed = pass.get("outcome") == null;
        if (player != null) {
            player.passes++;
            if (completed) {
                player.accuratePasses++;
            }
            if (pass.path("goal_assist").asBoolean(false) || pass.path("shot_assist").asBoolean(false)) {
                player.keyPasses++;
            }
        }
        JsonNode end = pass.get("end_location");
        if (completed && end != null && end.isArray() && end.size() >= 2 && end.get(0).isNumber()
                && end.get(0).asDouble() >= Pitch.LENGTH * 2 / 3) {
            side.finalThirdPasses++;
        }
        if ("Pass Offside".equals(name(pass.get("outcome")))) {
            JsonNode recipient = pass.get("recipient");
            Integer offside = recipient == null ? null : integer(recipient.get("id"));
            String offsideName = recipient == null ? null : text(recipient.get("name"));
            if (offside != null && offsideName != null) {
                players.putIfAbsent(offside, new SheetPlayer(offside, teamId, offsideName, null, null, null));
                tally(offside, teamId).offsides++;
            }
        }
        if (pass.path("goal_assist").asBoolean(false)) {
            rows.add(new Row("assist", minute, playerId, teamId, coordinates));
        }
    }

    private void card(@Nullable String card, int minute, @Nullable Integer playerId, @Nullable Tally player,
            int teamId, @Nullable String coordinates) {
        if (card == null) {
            return;
        }
        boolean sentOff = card.equals("Red Card") || card.equals("Second Yellow");
        rows.add(new Row(sentOff ? "red_card" : "yellow_card", minute, playerId, teamId, coordinates));
        if (sentOff && player != null && player.off < 0) {
            player.off = minute;
        }
    }

    private void substitution(JsonNode e, int teamId, int minute, @Nullable Integer playerId, @Nullable Tally player,
            String where) {
        JsonNode replacement = e.path("substitution").get("replacement");
        Integer inId = replacement == null ? null : integer(replacement.get("id"));
        String inName = replacement == null ? null : text(replacement.get("name"));
        if (playerId == null || player == null || inId == null || inName == null) {
            throw new InvalidInput("events", where
                    + ": a Substitution needs player and substitution.replacement (id and name).");
        }
        players.putIfAbsent(inId, new SheetPlayer(inId, teamId, inName, null, null, null));
        player.off = minute;
        Tally on = tally(inId, teamId);
        on.on = minute;
        rows.add(new Row("sub_out", minute, playerId, teamId, null));
        rows.add(new Row("sub_in", minute, inId, teamId, null));
    }

    private @Nullable Integer player(JsonNode e, int teamId, String where) {
        JsonNode p = e.get("player");
        if (p == null) {
            return null;
        }
        Integer id = integer(p.get("id"));
        String name = text(p.get("name"));
        if (id == null || name == null) {
            throw new InvalidInput("events", where + ": player needs an id and a name.");
        }
        players.putIfAbsent(id, new SheetPlayer(id, teamId, name, null, null, null));
        return id;
    }

    private Tally tally(int playerId, int teamId) {
        Tally t = tallies.computeIfAbsent(playerId, k -> new Tally());
        t.teamId = teamId;
        t.active = true;
        return t;
    }

    private static void count(@Nullable Tally player, java.util.function.Consumer<Tally> increment) {
        if (player != null) {
            increment.accept(player);
        }
    }

    /** The provider match id when none is given: SHA-256 of the first Starting XI event's id and both team ids. */
    String derivedMatchId() {
        if (firstStartingXiId == null) {
            throw new InvalidInput("events", "events has no Starting XI event: send provider_match_id, or the "
                    + "whole events file.");
        }
        String key = firstStartingXiId + "|" + teams.keySet().stream().sorted().map(String::valueOf)
                .reduce((a, b) -> a + "|" + b).orElse("");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable String location(@Nullable JsonNode location) {
        if (location == null || !location.isArray() || location.size() < 2 || !location.get(0).isNumber()
                || !location.get(1).isNumber()) {
            return null;
        }
        return Pitch.coordinates(location.get(0).asDouble(), location.get(1).asDouble());
    }

    private static int requireInt(JsonNode node, String field, String part, String where) {
        Integer value = integer(node.get(field));
        if (value == null) {
            throw new InvalidInput(part, where + ": " + field + " must be a whole number.");
        }
        return value;
    }

    static @Nullable Integer integer(@Nullable JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToInt() ? node.asInt() : null;
    }

    static @Nullable String text(@Nullable JsonNode node) {
        return node != null && node.isString() && !node.asString().isBlank() ? node.asString() : null;
    }

    private static @Nullable String name(@Nullable JsonNode node) {
        return node == null ? null : text(node.get("name"));
    }
}
