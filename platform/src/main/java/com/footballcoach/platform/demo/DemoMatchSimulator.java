package com.footballcoach.platform.demo;

import static com.footballcoach.platform.demo.DemoDataset.id;

import com.footballcoach.platform.demo.DemoDataset.Player;
import com.footballcoach.platform.demo.DemoDataset.Team;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Plays one completed demo match: picks both lineups for the chosen formations, draws the goals,
 * cards and substitutions, and derives every player and team statistic from them, so the rows
 * agree with each other (goals match the score, team totals are the sums of the players').
 */
final class DemoMatchSimulator {

    private static final int FULL_TIME = 90;
    private static final int SUBSTITUTIONS = 4;

    private final Random random;
    private final Rows lineups;
    private final Rows events;
    private final Rows playerStats;
    private final Rows teamStats;
    private final int benchOutfield;
    private final int passEvents;

    /** The demo club's matches: five substitutes (a keeper and four who all come on), no pass events. */
    DemoMatchSimulator(Random random, Rows lineups, Rows events, Rows playerStats, Rows teamStats) {
        this(random, lineups, events, playerStats, teamStats, SUBSTITUTIONS, 0);
    }

    /**
     * @param benchOutfield outfield substitutes named per side (four of them come on)
     * @param passEvents    about how many {@code pass} events a match records (split by possession)
     */
    DemoMatchSimulator(Random random, Rows lineups, Rows events, Rows playerStats, Rows teamStats,
            int benchOutfield, int passEvents) {
        this.random = random;
        this.lineups = lineups;
        this.events = events;
        this.playerStats = playerStats;
        this.teamStats = teamStats;
        this.benchOutfield = benchOutfield;
        this.passEvents = passEvents;
    }

    /** The final score of a played match. */
    record Score(int home, int away) {
    }

    /** A player's part in one match; mutable while the match is being drawn. */
    private static final class Appearance {
        final Player player;
        final boolean starting;
        DemoFormation.Slot slot;
        int on;
        int off = FULL_TIME + 6;
        int goals;
        int assists;
        boolean booked;
        int shots;
        int shotsOnTarget;
        int passes;
        int accuratePasses;
        int tackles;
        int interceptions;
        int clearances;
        int saves;
        int foulsCommitted;
        int foulsSuffered;
        int offsides;
        int sprints;
        int keyPasses;
        int carries;
        int pressures;
        double distanceKm;
        double xg;
        double pressResistance;
        double coverageKm;
        double sprintMetres;
        double avgSpeed;
        double maxSpeed;
        double rating;

        Appearance(Player player, boolean starting, DemoFormation.Slot slot) {
            this.player = player;
            this.starting = starting;
            this.slot = slot;
        }

        int minutes() {
            return Math.max(0, Math.min(off, FULL_TIME) - on);
        }

        boolean onPitchAt(int minute) {
            return on <= minute && minute < off;
        }

        Position position() {
            return player.position();
        }
    }

    /** One team's side of the match. */
    private record Side(Team team, DemoFormation formation, int round, List<Appearance> players) {
    }

    Score play(String matchId, Team home, Team away, int homeRound, int awayRound) {
        Side homeSide = side(home, homeRound);
        Side awaySide = side(away, awayRound);
        List<Object[]> timeline = new ArrayList<>();
        substitute(homeSide, timeline);
        substitute(awaySide, timeline);
        sendOff(homeSide, timeline);
        sendOff(awaySide, timeline);

        double ratio = Math.pow(home.strength() / away.strength(), 0.8);
        int homeGoals = poisson(1.45 * ratio);
        int awayGoals = poisson(1.10 / ratio);
        score(homeSide, homeGoals, timeline);
        score(awaySide, awayGoals, timeline);
        book(homeSide, timeline);
        book(awaySide, timeline);

        double homePossession = clamp(50 + (home.strength() - away.strength()) * 30 + random.nextGaussian() * 6, 32, 68);
        fillStats(homeSide, homePossession);
        fillStats(awaySide, 100 - homePossession);
        if (passEvents > 0) {
            pass(homeSide, (int) Math.round(passEvents * homePossession / 100), timeline);
            pass(awaySide, (int) Math.round(passEvents * (100 - homePossession) / 100), timeline);
        }
        keep(homeSide, awaySide, awayGoals);
        keep(awaySide, homeSide, homeGoals);
        rate(homeSide, awayGoals, Integer.compare(homeGoals, awayGoals));
        rate(awaySide, homeGoals, Integer.compare(awayGoals, homeGoals));

        // stable: a substitution's two halves and a goal with its assist stay together
        timeline.sort(Comparator.comparingInt((Object[] event) -> (Integer) event[2]));
        int sequence = 0;
        for (Object[] event : timeline) {
            int minute = (Integer) event[2];
            double videoSeconds = (minute - 1) * 60.0 + random.nextInt(60) + (minute > 45 ? 900 : 0);
            events.add(id("match-event", matchId, sequence++), matchId, ((Appearance) event[0]).player.id(),
                    (String) event[3], event[1], minute, videoSeconds, event[4]);
        }
        insertPlayers(matchId, homeSide);
        insertPlayers(matchId, awaySide);
        insertTeam(matchId, homeSide, awaySide, homePossession);
        insertTeam(matchId, awaySide, homeSide, 100 - homePossession);
        return new Score(homeGoals, awayGoals);
    }

    private Side side(Team team, int round) {
        DemoFormation formation = DemoFormation.named(team.formations().get(random.nextInt(team.formations().size())));
        Map<Player, Double> preference = new HashMap<>();
        for (Player player : team.squad()) {
            preference.put(player, player.depth() + random.nextDouble() * 1.6);
        }
        Comparator<Player> byPreference = Comparator.comparingDouble(preference::get);
        Set<Player> picked = new HashSet<>();
        List<Appearance> players = new ArrayList<>();
        for (DemoFormation.Slot slot : formation.slots()) {
            Player player = null;
            for (Position position : fallbacks(slot.position())) {
                player = team.squad().stream()
                        .filter(p -> p.position() == position && !picked.contains(p))
                        .min(byPreference).orElse(null);
                if (player != null) {
                    break;
                }
            }
            if (player == null) {
                throw new IllegalStateException(team.name() + " cannot field a " + formation.name());
            }
            picked.add(player);
            players.add(new Appearance(player, true, slot));
        }
        List<Player> rest = team.squad().stream().filter(p -> !picked.contains(p)).sorted(byPreference).toList();
        rest.stream().filter(p -> p.position() == Position.GK).findFirst()
                .ifPresent(keeper -> players.add(new Appearance(keeper, false, formation.slots().get(0))));
        rest.stream().filter(p -> p.position() != Position.GK).limit(benchOutfield)
                .forEach(p -> players.add(new Appearance(p, false, formation.slots().get(0))));
        return new Side(team, formation, round, players);
    }

    private static List<Position> fallbacks(Position position) {
        return switch (position) {
            case GK -> List.of(Position.GK);
            case DEF -> List.of(Position.DEF, Position.MID);
            case MID -> List.of(Position.MID, Position.FWD, Position.DEF);
            case FWD -> List.of(Position.FWD, Position.MID);
        };
    }

    /** The first four outfield substitutes come on for tiring starters, of their position where possible. */
    private void substitute(Side side, List<Object[]> timeline) {
        List<Appearance> bench = side.players.stream().filter(a -> !a.starting && a.position() != Position.GK)
                .limit(SUBSTITUTIONS).toList();
        List<Integer> minutes = new ArrayList<>();
        for (int i = 0; i < bench.size(); i++) {
            minutes.add(46 + random.nextInt(43));
        }
        minutes.sort(null);
        for (int i = 0; i < bench.size(); i++) {
            Appearance sub = bench.get(i);
            List<Appearance> candidates = side.players.stream()
                    .filter(a -> a.starting && a.position() != Position.GK && a.off > FULL_TIME)
                    .toList();
            List<Appearance> samePosition = candidates.stream().filter(a -> a.position() == sub.position()).toList();
            Appearance out = pick(samePosition.isEmpty() ? candidates : samePosition);
            int minute = minutes.get(i);
            out.off = minute;
            sub.on = minute;
            sub.slot = out.slot;
            timeline.add(new Object[] {out, "sub_out", minute, side.team.id(), null});
            timeline.add(new Object[] {sub, "sub_in", minute, side.team.id(), null});
        }
    }

    /** A rare late red card, for a player who stays on until then. */
    private void sendOff(Side side, List<Object[]> timeline) {
        if (random.nextDouble() >= 0.07) {
            return;
        }
        int minute = 70 + random.nextInt(22);
        List<Appearance> candidates = side.players.stream()
                .filter(a -> a.position() != Position.GK && a.onPitchAt(minute) && a.off > FULL_TIME)
                .toList();
        if (candidates.isEmpty()) {
            return;
        }
        Appearance player = pick(candidates);
        player.off = minute;
        timeline.add(new Object[] {player, "red_card", minute, side.team.id(), coordinates(20, 80)});
    }

    private void score(Side side, int goals, List<Object[]> timeline) {
        for (int i = 0; i < goals; i++) {
            int minute = 1 + random.nextInt(94);
            List<Appearance> onPitch = outfieldOnPitch(side, minute);
            Appearance scorer = weighted(onPitch, a -> switch (a.position()) {
                case FWD -> 6;
                case MID -> 3;
                default -> 1;
            });
            scorer.goals++;
            timeline.add(new Object[] {scorer, "goal", minute, side.team.id(), goalCoordinates()});
            List<Appearance> teammates = onPitch.stream().filter(a -> a != scorer).toList();
            if (!teammates.isEmpty() && random.nextDouble() < 0.75) {
                Appearance assistant = weighted(teammates, a -> switch (a.position()) {
                    case MID -> 4;
                    case FWD -> 3;
                    default -> 2;
                });
                assistant.assists++;
                timeline.add(new Object[] {assistant, "assist", minute, side.team.id(), coordinates(55, 95)});
            }
        }
    }

    /** Passes by whoever is on the pitch at the minute, where on the pitch they were played. */
    private void pass(Side side, int count, List<Object[]> timeline) {
        for (int i = 0; i < count; i++) {
            int minute = 1 + random.nextInt(94);
            List<Appearance> onPitch = side.players.stream().filter(a -> a.onPitchAt(minute)).toList();
            if (onPitch.isEmpty()) {
                continue;
            }
            timeline.add(new Object[] {pick(onPitch), "pass", minute, side.team.id(), coordinates(5, 95)});
        }
    }

    private void book(Side side, List<Object[]> timeline) {
        int cards = random.nextInt(4);
        for (int i = 0; i < cards; i++) {
            int minute = 5 + random.nextInt(89);
            List<Appearance> candidates = outfieldOnPitch(side, minute).stream().filter(a -> !a.booked).toList();
            if (candidates.isEmpty()) {
                continue;
            }
            Appearance player = weighted(candidates, a -> a.position() == Position.FWD ? 1 : 3);
            player.booked = true;
            player.foulsCommitted++;
            timeline.add(new Object[] {player, "yellow_card", minute, side.team.id(), coordinates(10, 90)});
        }
    }

    private List<Appearance> outfieldOnPitch(Side side, int minute) {
        return side.players.stream().filter(a -> a.position() != Position.GK && a.onPitchAt(minute)).toList();
    }

    private void fillStats(Side side, double possession) {
        double share = possession / 50.0;
        double press = side.formation.pressing();
        for (Appearance a : side.players) {
            int minutes = a.minutes();
            if (minutes == 0) {
                continue;
            }
            double f = minutes / 90.0;
            Position position = a.position();
            boolean keeper = position == Position.GK;
            a.shots = Math.max(count(f * pick(position, 0, 0.35, 1.0, 2.2)), a.goals + random.nextInt(2));
            a.shotsOnTarget = Math.min(a.shots, a.goals + binomial(a.shots - a.goals, 0.35));
            a.xg = Math.max(0, a.goals * 0.32 + (a.shots - a.goals) * 0.08 + random.nextGaussian() * 0.04);
            if (a.shots == 0) {
                a.xg = 0;
            }
            a.passes = Math.max(1, (int) Math.round(f * share * pick(position, 28, 58, 64, 30) * (1 + random.nextGaussian() * 0.15)));
            a.accuratePasses = (int) Math.round(a.passes * (pick(position, 0.72, 0.84, 0.86, 0.74) + random.nextGaussian() * 0.05));
            a.accuratePasses = Math.max(0, Math.min(a.passes, a.accuratePasses));
            a.tackles = count(f * pick(position, 0.05, 2.4, 2.1, 0.8));
            a.interceptions = count(f * pick(position, 0.2, 1.9, 1.3, 0.3));
            a.clearances = count(f * pick(position, 1.2, 3.8, 0.8, 0.3));
            a.foulsCommitted += count(f * pick(position, 0.1, 1.1, 1.0, 0.9));
            a.foulsSuffered = count(f * pick(position, 0.2, 0.7, 1.2, 1.6));
            a.offsides = count(f * pick(position, 0, 0.05, 0.2, 0.9));
            a.keyPasses = count(f * share * pick(position, 0.05, 0.5, 1.5, 1.1)) + a.assists;
            a.carries = count(f * share * pick(position, 0.2, 2.2, 3.4, 3.0));
            double sprintRate = pick(position, 2, 15, 19, 23) + a.player.trend() * side.round + random.nextGaussian() * 1.5;
            a.sprints = (int) Math.max(0, Math.round(sprintRate * f));
            a.pressures = (int) Math.max(0, Math.round(pick(position, 1, 12, 18, 21) * press * f
                    * (1 + random.nextGaussian() * 0.12)));
            a.distanceKm = f * (keeper ? 5.2 + random.nextGaussian() * 0.3
                    : pick(position, 0, 10.0, 10.9, 10.2) + random.nextGaussian() * 0.6);
            a.coverageKm = a.distanceKm * pick(position, 0.9, 0.55, 0.4, 0.22);
            a.sprintMetres = a.sprints * (20 + random.nextDouble() * 8);
            a.avgSpeed = a.distanceKm / (minutes / 60.0);
            a.maxSpeed = keeper ? 22 + random.nextDouble() * 5 : 28.5 + random.nextDouble() * 5.5 + (position == Position.FWD ? 0.8 : 0);
            a.pressResistance = clamp(pick(position, 70, 78, 75, 66) + random.nextGaussian() * 8, 40, 98);
        }
    }

    /** The starting keeper saved every shot on target that did not go in. */
    private void keep(Side side, Side opponent, int conceded) {
        int onTarget = opponent.players.stream().mapToInt(a -> a.shotsOnTarget).sum();
        side.players.stream().filter(a -> a.starting && a.position() == Position.GK).findFirst()
                .ifPresent(keeper -> keeper.saves = Math.max(0, onTarget - conceded));
    }

    private void rate(Side side, int conceded, int result) {
        for (Appearance a : side.players) {
            if (a.minutes() == 0) {
                continue;
            }
            double rating = 6.4 + 0.35 * result + a.goals * 0.9 + a.assists * 0.55 + random.nextGaussian() * 0.55;
            rating += switch (a.position()) {
                case GK -> a.saves * 0.18 - conceded * 0.3;
                case DEF -> (a.tackles + a.interceptions) * 0.05 - conceded * 0.2;
                case MID -> a.keyPasses * 0.12;
                case FWD -> a.shotsOnTarget * 0.1;
            };
            if (a.booked) {
                rating -= 0.3;
            }
            double weight = Math.min(1, a.minutes() / 45.0);
            a.rating = clamp(6.2 + (rating - 6.2) * weight, 5.0, 9.5);
        }
    }

    private void insertPlayers(String matchId, Side side) {
        String formationId = id("formation", side.formation.name());
        double best = side.players.stream().mapToDouble(a -> a.rating).max().orElse(0);
        for (Appearance a : side.players) {
            lineups.add(id("lineup", matchId, a.player.id()), matchId, side.team.id(), formationId, a.player.id(),
                    a.starting, a.minutes() == 0 ? null : a.slot.coordinates());
            boolean played = a.minutes() > 0;
            playerStats.add(id("player-stats", matchId, a.player.id()), matchId, a.player.id(), a.minutes(),
                    a.shots, a.shotsOnTarget, a.passes, a.accuratePasses, a.tackles, a.interceptions,
                    a.clearances, a.saves, a.foulsCommitted, a.foulsSuffered, a.offsides, a.sprints,
                    a.keyPasses, a.carries, a.pressures, decimal(a.distanceKm, 2), decimal(a.xg, 2),
                    decimal(played ? a.pressResistance : 0, 2), decimal(a.coverageKm, 2), decimal(a.sprintMetres, 1),
                    decimal(a.avgSpeed, 2), decimal(a.maxSpeed, 2), played ? decimal(a.rating, 1) : null,
                    !played ? "Unused substitute" : a.rating == best ? "Player of the match for " + side.team.name() : null);
        }
    }

    private void insertTeam(String matchId, Side side, Side opponent, double possession) {
        List<Appearance> players = side.players;
        int shots = sum(players, a -> a.shots);
        int onTarget = sum(players, a -> a.shotsOnTarget);
        int pressures = sum(players, a -> a.pressures);
        int passes = sum(players, a -> a.passes);
        double xg = players.stream().mapToDouble(a -> a.xg).sum();
        int finalThird = (int) Math.round(passes * (0.16 + possession / 100 * 0.16));
        double press = side.formation.pressing();

        int left = count(2.2 * press);
        int central = count(1.6 * press);
        int right = count(2.0 * press);
        Json.Value turnovers = Json.object("zones", List.of(
                        Json.object("zone", "left_flank", "count", left),
                        Json.object("zone", "central", "count", central),
                        Json.object("zone", "right_flank", "count", right)),
                "total", left + central + right, "formation", side.formation.name());
        double corners = round2(0.05 + random.nextDouble() * 0.3);
        double freeKicks = round2(random.nextDouble() * 0.15);
        double penalties = random.nextDouble() < 0.12 ? 0.76 : 0.0;
        double throwIns = round2(random.nextDouble() * 0.05);
        Json.Value setPieces = Json.object("corners", corners, "free_kicks", freeKicks, "penalties", penalties,
                "throw_ins", throwIns, "total", round2(corners + freeKicks + penalties + throwIns));
        Json.Value transitions = Json.object(
                "avg_counter_attack_seconds", round2(9 + random.nextDouble() * 6 - (press - 1) * 4),
                "avg_defensive_recovery_seconds", round2(5 + random.nextDouble() * 4 - (press - 1) * 3),
                "fast_breaks", count(3 * press),
                "counter_press_regains", count(4 * press));
        double shortShare = clamp(45 + (possession - 50) * 1.2 + random.nextGaussian() * 6, 20, 85);
        double leftShare = 28 + random.nextDouble() * 12;
        double rightShare = 28 + random.nextDouble() * 12;
        Json.Value buildUp = Json.object(
                "short_build_up_pct", round2(shortShare), "long_ball_pct", round2(100 - shortShare),
                "left_channel_pct", round2(leftShare), "central_channel_pct", round2(100 - leftShare - rightShare),
                "right_channel_pct", round2(rightShare),
                "avg_passes_per_possession", round2(2.5 + possession / 20 + random.nextDouble()));
        String block = press >= 1.15 ? "high" : press >= 0.95 ? "mid" : "low";
        Json.Value defensiveBlock = Json.object("block", block,
                "avg_line_height_m", round2(30 + press * 12 + random.nextGaussian() * 2),
                "compactness_m", round2(38 - press * 6 + random.nextGaussian() * 2),
                "ppda", round2(14.5 / press + random.nextGaussian() * 0.8));
        double defensiveThird = clamp(30 - (possession - 50) * 0.4 + random.nextGaussian() * 3, 15, 45);
        double attackingThird = clamp(25 + (possession - 50) * 0.4 + random.nextGaussian() * 3, 12, 45);
        Json.Value zones = Json.object("defensive_third_pct", round2(defensiveThird),
                "middle_third_pct", round2(100 - defensiveThird - attackingThird),
                "attacking_third_pct", round2(attackingThird),
                "formation", side.formation.name());
        insertTeamRow(matchId, side, possession, xg, shots, onTarget, pressures, finalThird, turnovers, setPieces,
                transitions, buildUp, defensiveBlock, passNetwork(side), zones, weaknesses(side, opponent));
    }

    private void insertTeamRow(String matchId, Side side, double possession, double xg, int shots, int onTarget,
            int pressures, int finalThird, Json.Value... blocks) {
        teamStats.add(id("team-stats", matchId, side.team.id()), matchId, side.team.id(), decimal(possession, 2),
                decimal(xg, 2), shots, onTarget, pressures, finalThird, blocks[0].text(), blocks[1].text(),
                blocks[2].text(), blocks[3].text(), blocks[4].text(), blocks[5].text(), blocks[6].text(),
                blocks[7].text());
    }

    /** Starters at their formation slots, each linked to his two nearest teammates. */
    private Json.Value passNetwork(Side side) {
        List<Appearance> starters = side.players.stream().filter(a -> a.starting).toList();
        List<Json.Value> nodes = new ArrayList<>();
        Map<String, Json.Value> edges = new LinkedHashMap<>();
        for (Appearance a : starters) {
            nodes.add(Json.object("player_id", a.player.id(), "name", a.player.name(),
                    "x", a.slot.x(), "y", a.slot.y(), "passes", a.passes));
            starters.stream().filter(b -> b != a)
                    .sorted(Comparator.comparingDouble(b -> Math.hypot(b.slot.x() - a.slot.x(), b.slot.y() - a.slot.y())))
                    .limit(2)
                    .forEach(b -> {
                        String from = a.player.id().compareTo(b.player.id()) < 0 ? a.player.id() : b.player.id();
                        String to = from.equals(a.player.id()) ? b.player.id() : a.player.id();
                        edges.computeIfAbsent(from + to, key -> Json.object("from", from, "to", to,
                                "count", 3 + random.nextInt(Math.max(1, Math.min(a.passes, b.passes) / 2 + 1))));
                    });
        }
        return Json.object("nodes", nodes, "edges", new ArrayList<>(edges.values()));
    }

    private Json.Value weaknesses(Side side, Side opponent) {
        String[] areas = {"left_flank", "right_flank", "half_spaces", "behind_defensive_line", "set_pieces"};
        List<Json.Value> found = new ArrayList<>();
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            String area = areas[(i * 2 + random.nextInt(areas.length)) % areas.length];
            found.add(Json.object("area", area,
                    "severity", round2(0.25 + random.nextDouble() * 0.6),
                    "description", describe(area, side.formation.name(), opponent.formation.name())));
        }
        return Json.object("weaknesses", found, "formation", side.formation.name(),
                "opponent_formation", opponent.formation.name());
    }

    private static String describe(String area, String formation, String opponentFormation) {
        return switch (area) {
            case "left_flank" -> "Left back left isolated against the " + opponentFormation + " wide overload";
            case "right_flank" -> "Slow recovery on the right after losing the ball in the " + formation;
            case "half_spaces" -> "Midfield line too flat: runners found between the lines";
            case "behind_defensive_line" -> "High line exposed to balls in behind";
            default -> "Zonal marking lost the second ball at corners";
        };
    }

    private static double pick(Position position, double gk, double def, double mid, double fwd) {
        return switch (position) {
            case GK -> gk;
            case DEF -> def;
            case MID -> mid;
            case FWD -> fwd;
        };
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private Appearance weighted(List<Appearance> items, ToIntFunction<Appearance> weight) {
        int total = items.stream().mapToInt(weight).sum();
        int draw = random.nextInt(total);
        for (Appearance item : items) {
            draw -= weight.applyAsInt(item);
            if (draw < 0) {
                return item;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    private int count(double mean) {
        return poisson(Math.max(0, mean));
    }

    private int binomial(int trials, double p) {
        int successes = 0;
        for (int i = 0; i < trials; i++) {
            if (random.nextDouble() < p) {
                successes++;
            }
        }
        return successes;
    }

    private String goalCoordinates() {
        return (35 + random.nextInt(31)) + "," + (84 + random.nextInt(14));
    }

    private String coordinates(int minY, int maxY) {
        return (5 + random.nextInt(91)) + "," + (minY + random.nextInt(maxY - minY + 1));
    }

    private static int sum(List<Appearance> players, ToIntFunction<Appearance> value) {
        return players.stream().mapToInt(value).sum();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
