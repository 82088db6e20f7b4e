package com.footballcoach.platform.demo;

import static com.footballcoach.platform.demo.DemoDataset.id;
import static com.footballcoach.platform.demo.DemoDataset.userId;

import com.footballcoach.platform.demo.DemoDataset.Nation;
import com.footballcoach.platform.demo.DemoDataset.Player;
import com.footballcoach.platform.demo.DemoDataset.Team;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates the demo league and writes it chunk by chunk, so memory stays flat however big the
 * league: clubs with owners, teams, squads and coaches; the competitions; two seasons of fixtures
 * (every completed one played by {@link DemoMatchSimulator} with full benches and pass events);
 * then analysis runs of the latest first-division matches with their segments, alerts, notes and
 * decisions. Deterministic: one seeded random source drawn in a fixed order, name-based ids, times
 * relative to the given instant.
 */
final class DemoLeague {

    private static final long SEED = 20_261_202L;
    private static final int MATCHES_PER_CHUNK = 25;
    private static final int RUNS_PER_CHUNK = 10;
    /** The share of the current season already played. */
    private static final double PLAYED = 0.76;

    static final String PASSWORD = "LeagueOwner2026!";

    private static final List<String> TOWNS = List.of("Ashford", "Bramley", "Castleton", "Dunmore", "Elmstead",
            "Fairhaven", "Glenbrook", "Hollowell", "Ironbridge", "Juniper Bay", "Kestrel Hill", "Larkford",
            "Millbrook", "Newhaven", "Oakridge", "Pinewood", "Queensferry", "Redcliffe", "Stonebridge",
            "Thornbury", "Upton Vale", "Westmoor", "Yarrow", "Zephyr Point");
    private static final List<String> SUFFIXES = List.of("United", "City", "Rovers", "Athletic", "Albion", "Town",
            "Wanderers", "FC");
    private static final List<String> LEVELS = List.of("", " B", " U21", " U19", " U17");
    private static final List<String> DIVISIONS = List.of("Demo Premier Division", "Demo Championship",
            "Demo U21 League", "Demo U19 League", "Demo U17 League");
    private static final String[][] ALERTS = {
            {"PRESSING", "PRESSING_ADJUSTMENT", "Push the front line 5 m higher", "ppda"},
            {"COMPACTNESS", "STRUCTURAL_COMPACTNESS_FIX", "Close the gap between the lines", "line_gap_m"},
            {"FATIGUE", "SUBSTITUTION_RECOMMENDATION", "Replace the tiring winger", "sprint_drop_pct"},
            {"WIDTH", "WIDTH_ADJUSTMENT", "Stretch their back line with the full-backs", "team_width_m"},
            {"TRANSITION", "COUNTER_PRESS", "Counter-press for five seconds after a loss", "recovery_seconds"}};

    /** A fixture of the league; its score is known once played. */
    private record Fixture(String id, int season, int division, Team home, Team away, String eventId,
            LocalDateTime kickOff) {
    }

    /** A played first-division match, as the analysis phase needs it. */
    private record Played(Fixture fixture, int homeScore, int awayScore) {
    }

    private final LeagueSize size;
    private final Random random = new Random(SEED);
    private final LocalDateTime now;
    private final LocalDate today;
    private final String passwordHash;
    private final List<Team> demoTeams;
    private final String demoOwner;
    private final Map<String, String> ownerOfTeam = new HashMap<>();

    private final Rows users = Rows.users();
    private final Rows teams = Rows.teams();
    private final Rows staff = Rows.staff();
    private final Rows players = Rows.players();
    private final Rows competitions = Rows.competitions();
    private final Rows matches = Rows.matches();
    private final Rows lineups = Rows.lineups();
    private final Rows matchEvents = Rows.matchEvents();
    private final Rows playerStats = Rows.playerStats();
    private final Rows teamStats = Rows.teamStats();
    private final Rows runs = new Rows("analysis_runs", "id", "match_id", "team_id", "user_id", "input_video_name",
            "input_video_path", "input_size_bytes", "status", "progress", "message", "submitted_at", "started_at",
            "completed_at", "updated_at");
    private final Rows segments = new Rows("analysis_segments", "id", "analysis_id", "match_id", "segment_index",
            "start_sec", "end_sec", "video_start_sec", "analysis_json", "recommendation", "severity_score",
            "severity_label", "status", "created_at");
    private final Rows alerts = new Rows("tactical_alerts", "id", "match_id", "analysis_id", "alert_id",
            "decision_id", "alert_timestamp", "match_time", "severity_score", "severity_label", "category",
            "decision_type", "status", "action", "review_countdown", "category_trigger_count", "trigger_metric",
            "recommended_action", "ball", "zone", "created_at", "updated_at");
    private final Rows notes = Rows.notes();
    private final Rows decisions = new Rows("decision_feedback", "id", "user_id", "match_id", "decision_id",
            "decision_type", "action", "severity_at_time", "match_time", "decision_effective", "decision_failed",
            "post_severity_avg", "evaluation_windows", "evaluated_at", "created_at");

    /**
     * @param demoTeams the demo club's first and second team, as stored, to play in division one
     */
    DemoLeague(LeagueSize size, Instant now, String passwordHash, List<Team> demoTeams) {
        this.size = size;
        this.now = LocalDateTime.ofInstant(now, ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        this.today = this.now.toLocalDate();
        this.passwordHash = passwordHash;
        this.demoTeams = demoTeams;
        this.demoOwner = userId("owner@demo.club");
        demoTeams.forEach(team -> ownerOfTeam.put(team.id(), demoOwner));
    }

    /** What a phase of the load reports when it is done. */
    interface Progress {
        void phase(String name, int items, String unit, int rows);
    }

    /** Generates and writes the league through {@code out}, reporting each phase to {@code progress}. */
    void write(BulkInsert out, Progress progress) {
        List<List<Team>> divisions = clubs();
        List<String> divisionEvents = new ArrayList<>();
        for (int d = 0; d < divisions.size(); d++) {
            String name = d < DIVISIONS.size() ? DIVISIONS.get(d) : "Demo Division " + (d + 1);
            String eventId = id("league-event", name);
            competitions.add(eventId, name, null, now.minusDays(800));
            divisionEvents.add(eventId);
        }
        int teamCount = teams.size();
        int playerCount = players.size();
        int clubRows = out.write(List.of(users, teams, staff, players, competitions));
        progress.phase("clubs, teams, squads and competitions", teamCount, "teams (" + playerCount + " players)",
                clubRows);

        List<Fixture> fixtures = schedule(divisions, divisionEvents);
        List<Played> firstDivision = new ArrayList<>();
        DemoMatchSimulator simulator = new DemoMatchSimulator(random, lineups, matchEvents, playerStats, teamStats,
                10, size.passEvents());
        for (int season = 1; season <= 2; season++) {
            int currentSeason = season;
            List<Fixture> ofSeason = fixtures.stream().filter(f -> f.season() == currentSeason).toList();
            int rows = 0;
            int played = 0;
            Map<String, Integer> rounds = new HashMap<>();
            List<Fixture> upcoming = new ArrayList<>();
            for (Fixture fixture : ofSeason) {
                if (!fixture.kickOff().isBefore(now)) {
                    upcoming.add(fixture);
                    continue;
                }
                int homeRound = rounds.merge(fixture.home().id(), 1, Integer::sum) - 1;
                int awayRound = rounds.merge(fixture.away().id(), 1, Integer::sum) - 1;
                DemoMatchSimulator.Score score = simulator.play(fixture.id(), fixture.home(), fixture.away(),
                        homeRound, awayRound);
                addMatch(fixture, "completed", score.home(), score.away());
                if (fixture.division() == 0) {
                    firstDivision.add(new Played(fixture, score.home(), score.away()));
                }
                if (++played % MATCHES_PER_CHUNK == 0) {
                    rows += out.write(List.of(matches, lineups, matchEvents, playerStats, teamStats));
                }
            }
            upcoming.forEach(fixture -> addMatch(fixture, "upcoming", 0, 0));
            rows += out.write(List.of(matches, lineups, matchEvents, playerStats, teamStats));
            progress.phase("season " + season + " (" + seasonName(ofSeason) + ")", played,
                    "completed matches (" + upcoming.size() + " upcoming)", rows);
        }

        firstDivision.sort(Comparator.comparing((Played p) -> p.fixture().kickOff()).reversed()
                .thenComparing(p -> p.fixture().id()));
        List<Played> analysed = firstDivision.subList(0, Math.min(size.analysedMatches(), firstDivision.size()));
        int analysisRows = 0;
        for (int i = 0; i < analysed.size(); i++) {
            analyse(analysed.get(i), i);
            if ((i + 1) % RUNS_PER_CHUNK == 0 || i == analysed.size() - 1) {
                analysisRows += out.write(List.of(runs, segments, alerts, notes, decisions));
            }
        }
        progress.phase("analysed matches (runs, segments, alerts, notes, decisions)", analysed.size(),
                "analysed matches", analysisRows);
    }

    private static String seasonName(List<Fixture> fixtures) {
        if (fixtures.isEmpty()) {
            return "no fixtures";
        }
        int first = fixtures.get(0).kickOff().getYear();
        int last = fixtures.get(fixtures.size() - 1).kickOff().getYear();
        return first == last ? Integer.toString(first) : first + "/" + (last % 100);
    }

    /** The clubs with their owners, teams, squads and coaches; the teams of each division. */
    private List<List<Team>> clubs() {
        List<List<Team>> divisions = new ArrayList<>();
        for (int d = 0; d < size.teamsPerClub(); d++) {
            divisions.add(new ArrayList<>(d == 0 ? demoTeams : List.of()));
        }
        List<String> formations = DemoFormation.ALL.stream().map(DemoFormation::name).toList();
        for (int c = 0; c < size.clubs(); c++) {
            String town = TOWNS.get(c % TOWNS.size()) + (c < TOWNS.size() ? "" : " " + (c / TOWNS.size() + 1));
            String club = town + " " + SUFFIXES.get(c % SUFFIXES.size());
            String key = "league-club-" + (c + 1);
            String email = String.format("owner%02d@league.demo.club", c + 1);
            String owner = userId(email);
            LocalDateTime created = now.minusDays(900 - c);
            users.add(owner, email, passwordHash, "Owner of " + club, "owner", true, created, created);
            String primary = color();
            String secondary = color();
            for (int d = 0; d < size.teamsPerClub(); d++) {
                String teamKey = key + "-" + d;
                String name = club + (d < LEVELS.size() ? LEVELS.get(d) : " Team " + (d + 1));
                String teamId = id("team", teamKey);
                LocalDateTime teamCreated = created.plusDays(d);
                teams.add(teamId, name, owner, primary, secondary, teamCreated, teamCreated);
                ownerOfTeam.put(teamId, owner);
                Nation nation = DemoDataset.NATIONS.get(random.nextInt(DemoDataset.NATIONS.size()));
                String coach = nation.firstNames().get(random.nextInt(nation.firstNames().size())) + " "
                        + nation.lastNames().get(random.nextInt(nation.lastNames().size()));
                staff.add(id("staff", teamKey, "head_coach"), teamId, null, coach, "head_coach", "full_access", null,
                        teamCreated, teamCreated);
                double strength = (0.8 + random.nextDouble() * 0.4) * (1 - 0.05 * d);
                List<String> rotation = new ArrayList<>(formations);
                Collections.shuffle(rotation, random);
                List<Player> squad = squad(teamKey, teamId, strength, teamCreated);
                divisions.get(d).add(new Team(teamId, teamKey, name, town + " Stadium" + (d == 0 ? "" : " " + (d + 1)),
                        strength, List.copyOf(rotation.subList(0, 3)), squad));
            }
        }
        return divisions;
    }

    private String color() {
        return String.format("#%06X", random.nextInt(0x1000000));
    }

    private List<Player> squad(String teamKey, String teamId, double strength, LocalDateTime created) {
        int[] shape = {3, 10, 10, 7};
        Set<String> usedNames = new HashSet<>();
        List<Player> squad = new ArrayList<>(LeagueSize.PLAYERS_PER_TEAM);
        int number = 1;
        for (Position position : Position.values()) {
            for (int depth = 0; depth < shape[position.ordinal()]; depth++, number++) {
                Nation nation = DemoDataset.NATIONS.get(random.nextInt(DemoDataset.NATIONS.size()));
                String name;
                do {
                    name = nation.firstNames().get(random.nextInt(nation.firstNames().size())) + " "
                            + nation.lastNames().get(random.nextInt(nation.lastNames().size()));
                } while (!usedNames.add(name) && usedNames.size() < 36);
                double trend = position == Position.GK ? 0 : (random.nextInt(3) - 1) * 0.1;
                Player player = new Player(id("player", teamKey, number), name, position, depth, trend);
                squad.add(player);
                int age = 17 + random.nextInt(18);
                int height = switch (position) {
                    case GK -> 186 + random.nextInt(12);
                    case DEF -> 178 + random.nextInt(15);
                    case MID -> 168 + random.nextInt(17);
                    case FWD -> 170 + random.nextInt(20);
                };
                double millions = strength * strength * (depth < 2 ? 2 + random.nextDouble() * 20
                        : 0.3 + random.nextDouble() * 4);
                players.add(player.id(), teamId, name, position.name(), number,
                        today.minusYears(age).minusDays(random.nextInt(365)),
                        random.nextDouble() < 0.74 ? "right" : "left", height, height - 105 + random.nextInt(9),
                        nation.name(), nation.code(),
                        BigDecimal.valueOf(Math.max(1, Math.round(millions * 20)) * 50_000L).setScale(2),
                        created, created);
            }
        }
        return List.copyOf(squad);
    }

    /**
     * Double round robin per division and season, a round a week; the current season started so
     * that about three quarters of its rounds lie in the past.
     */
    private List<Fixture> schedule(List<List<Team>> divisions, List<String> events) {
        int longest = divisions.stream().mapToInt(d -> 2 * (d.size() + d.size() % 2 - 1)).max().orElse(0);
        LocalDate currentStart = today.minusWeeks(Math.round(longest * PLAYED)).plusDays(3);
        LocalDate previousStart = currentStart.minusWeeks(longest + 8L);
        List<Fixture> fixtures = new ArrayList<>();
        int[] hours = {13, 15, 17, 19};
        for (int season = 1; season <= 2; season++) {
            LocalDate start = season == 1 ? previousStart : currentStart;
            for (int d = 0; d < divisions.size(); d++) {
                List<Team> order = new ArrayList<>(divisions.get(d));
                Collections.shuffle(order, random);
                if (order.size() % 2 == 1) {
                    order.add(null);
                }
                int n = order.size();
                int half = n - 1;
                for (int round = 0; round < 2 * half; round++) {
                    LocalDate day = start.plusWeeks(round).plusDays(d % 2);
                    List<Team> circle = new ArrayList<>(n);
                    circle.add(order.get(0));
                    for (int k = 0; k < half; k++) {
                        circle.add(order.get(1 + (k + round) % half));
                    }
                    for (int i = 0; i < n / 2; i++) {
                        Team a = circle.get(i);
                        Team b = circle.get(n - 1 - i);
                        if (a == null || b == null) {
                            continue;
                        }
                        boolean swap = ((round % half + i) % 2 == 1) ^ (round >= half);
                        Team home = swap ? b : a;
                        Team away = swap ? a : b;
                        LocalDateTime kickOff = day.atTime(hours[random.nextInt(hours.length)],
                                random.nextBoolean() ? 0 : 30);
                        fixtures.add(new Fixture(id("league-match", season, d, round, home.key(), away.key()),
                                season, d, home, away, events.get(d), kickOff));
                    }
                }
            }
        }
        fixtures.sort(Comparator.comparing(Fixture::kickOff).thenComparing(Fixture::id));
        return fixtures;
    }

    private void addMatch(Fixture fixture, String status, int homeScore, int awayScore) {
        LocalDateTime created = fixture.kickOff().minusDays(60).isBefore(now) ? fixture.kickOff().minusDays(60)
                : now.minusDays(1);
        matches.add(fixture.id(), fixture.home().id(), fixture.away().id(), fixture.eventId(), fixture.kickOff(),
                fixture.home().venue(), status, homeScore, awayScore, created,
                status.equals("completed") ? fixture.kickOff().plusHours(2) : created);
    }

    /**
     * One completed analysis run of the match, for the demo club's side when it played, else for
     * the home side: its segments, the alerts it raised, the owner's notes and decisions.
     */
    private void analyse(Played played, int index) {
        Fixture fixture = played.fixture();
        Team team = ownerOfTeam.get(fixture.away().id()).equals(demoOwner) ? fixture.away() : fixture.home();
        String owner = ownerOfTeam.get(team.id());
        String runId = id("league-run", fixture.id());
        String matchId = fixture.id();
        LocalDateTime submitted = fixture.kickOff().plusHours(3);
        LocalDateTime completed = submitted.plusMinutes(40 + random.nextInt(30));
        runs.add(runId, matchId, team.id(), owner, "match-" + (index + 1) + ".mp4",
                "var/demo/league/" + runId + ".mp4", 1_500_000_000L + random.nextInt(900_000_000), "COMPLETED", 1.0,
                "Completed", submitted, submitted.plusSeconds(5), completed, completed);
        double press = 0.3 + random.nextDouble() * 0.4;
        for (int s = 0; s < size.segmentsPerRun(); s++) {
            double start = s * 15.0;
            press = Math.max(0.05, Math.min(0.95, press + random.nextGaussian() * 0.05));
            double severity = round2(Math.max(0, Math.min(1, 0.9 - press + random.nextGaussian() * 0.1)));
            String label = label(severity);
            Json.Value analysis = Json.object("segment_index", s, "pressing_intensity", round2(press),
                    "compactness_m", round2(28 + random.nextDouble() * 12), "ppda", round2(6 + (1 - press) * 12),
                    "possession_pct", round2(35 + random.nextDouble() * 30),
                    "sprints", random.nextInt(12), "formation", team.formations().get(0));
            segments.add(id("league-segment", runId, s), runId, matchId, s, start, start + 15,
                    start + (s >= size.segmentsPerRun() / 2 ? 900 : 0), analysis.text(),
                    label.equals("HIGH") ? "Press higher: the lines are too far apart" : null, severity, label,
                    "SEGMENT_DONE", submitted.plusSeconds(5 + s * 6L));
        }
        int count = Math.max(1, size.alertsPerRun() - 3 + random.nextInt(7));
        Map<String, Integer> perCategory = new HashMap<>();
        int spacing = Math.max(1, 5400 / count);
        for (int a = 0; a < count; a++) {
            String[] kind = ALERTS[random.nextInt(ALERTS.length)];
            int matchTime = a * spacing + random.nextInt(spacing);
            double severity = round2(0.3 + random.nextDouble() * 0.65);
            String alertId = "league-alert-" + (a + 1);
            String decisionId = "league-decision-" + (index + 1) + "-" + (a + 1);
            LocalDateTime raised = submitted.plusSeconds(5 + matchTime / 15 * 6L);
            alerts.add(id("league-alert", matchId, alertId), matchId, runId, alertId, decisionId,
                    String.format("%02d:%02d", matchTime / 60, matchTime % 60), (double) matchTime, severity,
                    label(severity), kind[0], kind[1], "ACTIVE", kind[2], 120,
                    perCategory.merge(kind[0], 1, Integer::sum),
                    kind[3] + "=" + round2(10 + random.nextDouble() * 10), kind[2] + " before the next restart.",
                    Json.object("x", 20 + random.nextInt(60), "y", 10 + random.nextInt(80)).text(),
                    Json.object("x_min", 30, "x_max", 70, "y_min", 10, "y_max", 60).text(), raised, raised);
            if (a % 3 == 0) {
                boolean accepted = random.nextDouble() < 0.7;
                boolean evaluated = random.nextBoolean();
                Integer effective = evaluated ? (random.nextDouble() < 0.6 ? 1 : 0) : null;
                decisions.add(id("league-decision", owner, decisionId), owner, matchId, decisionId, kind[1],
                        accepted ? "ACCEPT" : "DISMISS", severity, (double) matchTime, effective,
                        effective == null ? null : 1 - effective,
                        evaluated ? round2(severity - 0.2 + random.nextDouble() * 0.3) : null, evaluated ? 3 : 0,
                        evaluated ? raised.plusMinutes(3) : null, raised.plusSeconds(30));
            }
        }
        String opponent = team == fixture.home() ? fixture.away().name() : fixture.home().name();
        note(matchId, owner, "pre_match", 0, fixture.kickOff().minusHours(2),
                "Against " + opponent + ": keep the lines within 15 m and press their build-up.");
        int live = 1200 + random.nextInt(1500);
        note(matchId, owner, "live_reaction", live, fixture.kickOff().plusSeconds(live),
                "Second balls lost in midfield: the 8 has to stay closer to the 6.");
        int review = 3000 + random.nextInt(2000);
        note(matchId, owner, "tactical", review, completed.plusMinutes(10),
                "Review the clip: our full-backs push up together and leave the centre-backs alone.");
    }

    private void note(String matchId, String userId, String type, int videoSeconds, LocalDateTime created,
            String content) {
        notes.add(id("league-note", matchId, type), matchId, userId, content, type, (double) videoSeconds, created);
    }

    private static String label(double severity) {
        return severity >= 0.7 ? "HIGH" : severity >= 0.4 ? "MEDIUM" : "LOW";
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
