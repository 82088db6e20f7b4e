package com.footballcoach.platform.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Builds every demo row in memory, in insertion order. Deterministic: one seeded random source
 * drawn in a fixed order, ids derived from names, times relative to the given instant.
 */
final class DemoDataset {

    private static final long SEED = 20_261_123L;

    /** A demo login with what the rows need beyond {@link DemoAccount}. */
    record DemoUser(DemoAccount account, String fullName, @Nullable String teamKey) {
    }

    static final String FIRST_TEAM = "atletico-demo";
    static final String SECOND_TEAM = "demo-city";
    static final String RIVAL_TEAM = "rival-athletic";
    static final String PLAYER_NAME = "Mateo Rivas";
    static final List<String> FIRST_TEAM_FORMATIONS = List.of("4-3-3", "4-2-3-1", "4-4-2", "3-5-2", "4-1-4-1");
    static final List<String> SECOND_TEAM_FORMATIONS = List.of("4-4-2", "4-3-3", "3-4-3", "5-3-2", "4-2-2-2");
    static final double FIRST_TEAM_STRENGTH = 1.15;
    static final double SECOND_TEAM_STRENGTH = 1.0;

    static final List<DemoUser> USERS = List.of(
            user("owner@demo.club", "DemoOwner2026!", "owner", "Dana Owner", null,
                    "Club owner: Atlético Demo, Demo City FC, their opponents and competitions"),
            user("coach@demo.club", "DemoCoach2026!", "head_coach", "Carla Mendes", FIRST_TEAM,
                    "Head coach of Atlético Demo (full access)"),
            user("assistant@demo.club", "DemoAssistant2026!", "assistant_coach", "Alex Ortega", FIRST_TEAM,
                    "Assistant coach of Atlético Demo (view only)"),
            user("analyst@demo.club", "DemoAnalyst2026!", "analyst", "Ana Lindqvist", FIRST_TEAM,
                    "Analyst of Atlético Demo (notes only)"),
            user("physio@demo.club", "DemoPhysio2026!", "physio", "Pat Okoye", FIRST_TEAM,
                    "Physio of Atlético Demo (view only)"),
            user("player@demo.club", "DemoPlayer2026!", "player", PLAYER_NAME, FIRST_TEAM,
                    "Player of Atlético Demo, linked to the squad's " + PLAYER_NAME + " (view only)"),
            user("rival@demo.club", "DemoRival2026!", "owner", "Riley Rival", null,
                    "Owner of the second club, Rival Athletic (cross-club scoping)"),
            user("rival.coach@demo.club", "DemoRivalCoach2026!", "head_coach", "Morgan Reyes", RIVAL_TEAM,
                    "Head coach of Rival Athletic (full access, other club)"));

    record Nation(String name, String code, List<String> firstNames, List<String> lastNames) {
    }

    static final List<Nation> NATIONS = List.of(
            new Nation("Spain", "ES", List.of("Mateo", "Pablo", "Hugo", "Álvaro", "Sergio", "Iker"),
                    List.of("García", "Martín", "Navarro", "Romero", "Ortega", "Castillo")),
            new Nation("England", "GB", List.of("Harry", "Jack", "Oliver", "George", "Callum", "Reece"),
                    List.of("Walker", "Thompson", "Hughes", "Bennett", "Clarke", "Foster")),
            new Nation("France", "FR", List.of("Lucas", "Théo", "Antoine", "Jules", "Kylian", "Nathan"),
                    List.of("Dubois", "Lefèvre", "Moreau", "Girard", "Laurent", "Bonnet")),
            new Nation("Brazil", "BR", List.of("Gabriel", "Rafael", "Thiago", "Vinícius", "Bruno", "Caio"),
                    List.of("Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira")),
            new Nation("Portugal", "PT", List.of("João", "Diogo", "Rúben", "Bernardo", "Nuno", "Tiago"),
                    List.of("Fernandes", "Ribeiro", "Carvalho", "Almeida", "Mendes", "Gomes")),
            new Nation("Argentina", "AR", List.of("Lautaro", "Julián", "Enzo", "Nicolás", "Facundo", "Santiago"),
                    List.of("Fernández", "Álvarez", "Díaz", "Acuña", "Paredes", "Molina")),
            new Nation("Germany", "DE", List.of("Jonas", "Leon", "Florian", "Kai", "Niklas", "Timo"),
                    List.of("Müller", "Schneider", "Weber", "Becker", "Hofmann", "Krüger")),
            new Nation("Netherlands", "NL", List.of("Daan", "Sem", "Jurriën", "Teun", "Bram", "Joey"),
                    List.of("de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "de Jong")),
            new Nation("Nigeria", "NG", List.of("Samuel", "Victor", "Ademola", "Wilfred", "Kelechi", "Chidera"),
                    List.of("Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Ogunleye")),
            new Nation("Morocco", "MA", List.of("Achraf", "Youssef", "Hakim", "Sofiane", "Nayef", "Azzedine"),
                    List.of("El Amrani", "Benali", "Idrissi", "Tazi", "Bennani", "Ouahbi")),
            new Nation("Japan", "JP", List.of("Takumi", "Kaoru", "Daichi", "Ritsu", "Wataru", "Ko"),
                    List.of("Tanaka", "Suzuki", "Kubo", "Endo", "Ito", "Morita")),
            new Nation("United States", "US", List.of("Tyler", "Weston", "Gio", "Brenden", "Josh", "Chris"),
                    List.of("Adams", "Robinson", "Turner", "Reed", "Sargent", "Miller")));

    /** A squad member; {@code trend} is how his sprint count moves per match over the season. */
    record Player(String id, String name, Position position, int depth, double trend) {
    }

    /** A team with its squad, its home ground and the formations its coach rotates between. */
    record Team(String id, String key, String name, String venue, double strength, List<String> formations,
            List<Player> squad) {
    }

    private record Fixture(String id, Team home, Team away, String eventId, LocalDateTime kickOff) {
    }

    private final Random random = new Random(SEED);
    private final LocalDateTime now;
    private final LocalDate today;
    private final Function<String, String> passwordHash;

    private final Rows users = Rows.users();
    private final Rows teams = Rows.teams();
    private final Rows staff = Rows.staff();
    private final Rows players = Rows.players();
    private final Rows formations = new Rows("formations", "id", "name", "description", "user_id", "created_at");
    private final Rows competitions = Rows.competitions();
    private final Rows matches = Rows.matches();
    private final Rows lineups = Rows.lineups();
    private final Rows matchEvents = Rows.matchEvents();
    private final Rows playerStats = Rows.playerStats();
    private final Rows teamStats = Rows.teamStats();
    private final Rows notes = Rows.notes();
    private final Rows reunions = new Rows("reunions", "id", "team_id", "title", "date", "location", "icon_name",
            "created_by", "created_at");
    private final Rows trainings = new Rows("training_sessions", "id", "team_id", "title", "date", "focus",
            "icon_name", "created_by", "created_at");
    private final Rows alerts = new Rows("tactical_alerts", "id", "match_id", "alert_id", "decision_id",
            "alert_timestamp", "match_time", "severity_score", "severity_label", "category", "decision_type",
            "status", "action", "review_countdown", "category_trigger_count", "trigger_metric",
            "recommended_action", "ball", "zone", "created_at", "updated_at");

    private DemoDataset(Instant now, Function<String, String> passwordHash) {
        this.now = LocalDateTime.ofInstant(now, ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        this.today = this.now.toLocalDate();
        this.passwordHash = passwordHash;
    }

    /** The demo rows for the instant {@code now}, one {@link Rows} per table in foreign-key order. */
    static List<Rows> generate(Instant now, Function<String, String> passwordHash) {
        return new DemoDataset(now, passwordHash).build();
    }

    /** A stable id: the same name always gives the same UUID. */
    static String id(String kind, Object... parts) {
        String name = "footballcoach-demo/" + kind + "/"
                + Stream.of(parts).map(String::valueOf).collect(Collectors.joining("/"));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String userId(String email) {
        return id("user", email);
    }

    private List<Rows> build() {
        for (DemoUser user : USERS) {
            boolean owner = user.account().role().equals("owner");
            LocalDateTime created = now.minusDays(owner ? 420 : 400);
            users.add(userId(user.account().email()), user.account().email(),
                    passwordHash.apply(user.account().password()), user.fullName(), owner ? "owner" : "staff", true,
                    created, created);
        }
        String owner = userId("owner@demo.club");
        String rivalOwner = userId("rival@demo.club");

        Team first = team(FIRST_TEAM, "Atlético Demo", owner, 410, "#C8102E", "#FFFFFF", "Estadio Atlético Demo",
                FIRST_TEAM_STRENGTH, FIRST_TEAM_FORMATIONS, 24);
        Team second = team(SECOND_TEAM, "Demo City FC", owner, 390, "#6CABDD", "#1C2C5B", "City Demo Arena",
                SECOND_TEAM_STRENGTH, SECOND_TEAM_FORMATIONS, 24);
        List<String> everyFormation = DemoFormation.ALL.stream().map(DemoFormation::name).toList();
        List<Team> opponents = List.of(
                team("harbour-united", "Harbour United", owner, 380, "#003399", "#FFD700", "Harbour Park", 0.95,
                        everyFormation, 16),
                team("northgate-rovers", "Northgate Rovers", owner, 379, "#006633", "#FFFFFF", "Northgate Lane",
                        0.9, everyFormation, 16),
                team("valley-wanderers", "Valley Wanderers", owner, 378, "#7A263A", "#1BB1E7", "Valley Road",
                        0.85, everyFormation, 16),
                team("kingsbridge-albion", "Kingsbridge Albion", owner, 377, "#000000", "#F5A623",
                        "Kingsbridge Stadium", 0.92, everyFormation, 16));
        Team rival = team(RIVAL_TEAM, "Rival Athletic", rivalOwner, 405, "#FF6600", "#222222",
                "Rival Athletic Ground", 1.1, List.of("4-2-3-1", "4-3-3", "4-4-2"), 24);
        Team eastport = team("eastport-town", "Eastport Town", rivalOwner, 370, "#4B0082", "#FFFFFF",
                "Eastport Recreation Ground", 0.9, everyFormation, 16);

        for (DemoUser user : USERS) {
            if (user.teamKey() != null) {
                addStaff(user.teamKey(), user.fullName(), user.account().role(), user.account().email());
            }
        }
        addStaff(SECOND_TEAM, "Sam Whitfield", "head_coach", null);
        addStaff(SECOND_TEAM, "Jo Park", "analyst", null);

        for (DemoFormation formation : DemoFormation.ALL) {
            formations.add(id("formation", formation.name()), formation.name(), formation.description(), null,
                    now.minusDays(430));
        }
        String league = competition("Demo League", owner);
        String cup = competition("Demo Cup", owner);
        competition("Friendlies", null);
        String rivalLeague = competition("Rival League", rivalOwner);

        List<Fixture> played = new ArrayList<>();
        List<Fixture> upcoming = new ArrayList<>();
        schedule(first, second, opponents, league, cup, played);
        for (int i = 0; i < 3; i++) {
            played.add(fixture(i % 2 == 0 ? rival : eastport, i % 2 == 0 ? eastport : rival, rivalLeague,
                    today.minusDays(38 - 14L * i)));
            upcoming.add(fixture(first, opponents.get(i), league, today.plusDays(4 + 7L * i)));
            upcoming.add(fixture(opponents.get(3 - i), second, league, today.plusDays(6 + 7L * i)));
        }
        played.sort(Comparator.comparing(Fixture::kickOff));

        DemoMatchSimulator simulator = new DemoMatchSimulator(random, lineups, matchEvents, playerStats, teamStats);
        Map<String, Integer> rounds = new HashMap<>();
        List<Fixture> firstTeamMatches = new ArrayList<>();
        List<Fixture> secondTeamMatches = new ArrayList<>();
        for (Fixture fixture : played) {
            int homeRound = rounds.merge(fixture.home().id(), 1, Integer::sum) - 1;
            int awayRound = rounds.merge(fixture.away().id(), 1, Integer::sum) - 1;
            DemoMatchSimulator.Score score = simulator.play(fixture.id(), fixture.home(), fixture.away(),
                    homeRound, awayRound);
            addMatch(fixture, "completed", score.home(), score.away());
            if (plays(fixture, first)) {
                firstTeamMatches.add(fixture);
            }
            if (plays(fixture, second)) {
                secondTeamMatches.add(fixture);
            }
        }
        for (Fixture fixture : upcoming) {
            addMatch(fixture, "upcoming", 0, 0);
        }

        addNotes(firstTeamMatches.subList(firstTeamMatches.size() - 3, firstTeamMatches.size()), first);
        addNotes(secondTeamMatches.subList(secondTeamMatches.size() - 2, secondTeamMatches.size()), second);
        addMeetingsAndTraining(first);
        addMeetingsAndTraining(second);
        addAlerts(firstTeamMatches.get(firstTeamMatches.size() - 1));

        return List.of(users, teams, staff, players, formations, competitions, matches, lineups, matchEvents,
                playerStats, teamStats, notes, reunions, trainings, alerts);
    }

    /**
     * Each club team meets every opponent home and away in the league and once in the cup, and
     * the two club teams meet twice: fourteen matches each, about ten days apart.
     */
    private void schedule(Team first, Team second, List<Team> opponents, String league, String cup,
            List<Fixture> played) {
        LocalDate start = today.minusDays(140);
        for (Team club : List.of(first, second)) {
            boolean isFirst = club == first;
            List<Fixture> rounds = new ArrayList<>();
            for (int i = 0; i < opponents.size(); i++) {
                Team opponent = opponents.get(i);
                rounds.add(fixture(club, opponent, league, start));
                rounds.add(fixture(opponent, club, league, start));
                boolean cupAtHome = (i % 2 == 0) == isFirst;
                rounds.add(fixture(cupAtHome ? club : opponent, cupAtHome ? opponent : club, cup, start));
            }
            Collections.shuffle(rounds, random);
            for (int round = 0; round < 14; round++) {
                LocalDate day = start.plusDays(round * 10L + (isFirst ? 0 : 3));
                if (round == 4 || round == 10) {
                    if (isFirst) {
                        LocalDate derbyDay = start.plusDays(round * 10L + 1);
                        played.add(round == 4 ? fixture(first, second, league, derbyDay)
                                : fixture(second, first, league, derbyDay));
                    }
                    continue;
                }
                Fixture fixture = rounds.remove(0);
                played.add(fixture(fixture.home(), fixture.away(), fixture.eventId(), day));
            }
        }
    }

    private Fixture fixture(Team home, Team away, String eventId, LocalDate day) {
        int[] hours = {13, 15, 17, 19};
        LocalDateTime kickOff = day.atTime(hours[random.nextInt(hours.length)], random.nextBoolean() ? 0 : 30);
        return new Fixture(id("match", home.key(), away.key(), kickOff), home, away, eventId, kickOff);
    }

    private static boolean plays(Fixture fixture, Team team) {
        return fixture.home() == team || fixture.away() == team;
    }

    private void addMatch(Fixture fixture, String status, int homeScore, int awayScore) {
        LocalDateTime created = fixture.kickOff().minusDays(21).isBefore(now) ? fixture.kickOff().minusDays(21)
                : now.minusDays(1);
        matches.add(fixture.id(), fixture.home().id(), fixture.away().id(), fixture.eventId(), fixture.kickOff(),
                fixture.home().venue(), status, homeScore, awayScore, created,
                status.equals("completed") ? fixture.kickOff().plusHours(2) : created);
    }

    private Team team(String key, String name, String ownerId, int createdDaysAgo, String primary, String secondary,
            String venue, double strength, List<String> rotation, int size) {
        String teamId = id("team", key);
        LocalDateTime created = now.minusDays(createdDaysAgo);
        teams.add(teamId, name, ownerId, primary, secondary, created, created);
        int[] shape = size >= 24 ? new int[] {3, 8, 8, 5} : new int[] {2, 5, 5, 4};
        Map<Position, List<Integer>> numbers = Map.of(
                Position.GK, List.of(1, 13, 25),
                Position.DEF, List.of(2, 3, 4, 5, 6, 12, 15, 22, 24, 26),
                Position.MID, List.of(8, 10, 14, 16, 17, 18, 20, 21, 23),
                Position.FWD, List.of(9, 7, 11, 19, 27, 29));
        Set<Integer> usedNumbers = new HashSet<>();
        Set<String> usedNames = new HashSet<>();
        List<Player> squad = new ArrayList<>();
        for (Position position : Position.values()) {
            for (int depth = 0; depth < shape[position.ordinal()]; depth++) {
                boolean linkedPlayer = key.equals(FIRST_TEAM) && position == Position.MID && depth == 0;
                Nation nation = linkedPlayer ? NATIONS.get(0) : NATIONS.get(random.nextInt(NATIONS.size()));
                String playerName = linkedPlayer ? PLAYER_NAME : uniqueName(nation, usedNames);
                usedNames.add(playerName);
                double trend = position == Position.GK ? 0 : linkedPlayer ? 0.9 : switch (random.nextInt(3)) {
                    case 0 -> 1.0;
                    case 1 -> -0.9;
                    default -> 0.0;
                };
                int number = numbers.get(position).stream().filter(n -> !usedNumbers.contains(n)).findFirst()
                        .orElseGet(() -> Stream.iterate(30, n -> n + 1).filter(n -> !usedNumbers.contains(n))
                                .findFirst().orElseThrow());
                usedNumbers.add(number);
                Player player = new Player(id("player", key, number), playerName, position, depth, trend);
                squad.add(player);
                addPlayer(teamId, player, number, nation, strength, created);
            }
        }
        return new Team(teamId, key, name, venue, strength, rotation, List.copyOf(squad));
    }

    private String uniqueName(Nation nation, Set<String> used) {
        while (true) {
            String name = nation.firstNames().get(random.nextInt(nation.firstNames().size())) + " "
                    + nation.lastNames().get(random.nextInt(nation.lastNames().size()));
            if (!used.contains(name) && !name.equals(PLAYER_NAME)) {
                return name;
            }
        }
    }

    private void addPlayer(String teamId, Player player, int number, Nation nation, double strength,
            LocalDateTime created) {
        int age = 18 + random.nextInt(17);
        LocalDate birthDate = today.minusYears(age).minusDays(random.nextInt(365));
        int height = switch (player.position()) {
            case GK -> 186 + random.nextInt(12);
            case DEF -> 178 + random.nextInt(15);
            case MID -> 168 + random.nextInt(17);
            case FWD -> 170 + random.nextInt(20);
        };
        int weight = height - 105 + random.nextInt(11) - 3;
        String foot = random.nextDouble() < 0.74 ? "right" : "left";
        double peak = 1 - Math.abs(age - 26) / 14.0;
        double millions = strength * strength * peak * switch (Math.min(player.depth(), 2)) {
            case 0 -> 12 + random.nextDouble() * 35;
            case 1 -> 4 + random.nextDouble() * 12;
            default -> 0.6 + random.nextDouble() * 5;
        };
        long value = Math.max(1, Math.round(millions * 20)) * 50_000L;
        players.add(player.id(), teamId, player.name(), player.position().name(), number, birthDate, foot, height,
                weight, nation.name(), nation.code(), BigDecimal.valueOf(value).setScale(2), created, created);
    }

    private void addStaff(String teamKey, String name, String role, @Nullable String email) {
        String permission = switch (role) {
            case "head_coach" -> "full_access";
            case "analyst" -> "notes_only";
            default -> "view_only";
        };
        LocalDateTime created = now.minusDays(400);
        staff.add(id("staff", teamKey, name), id("team", teamKey), email == null ? null : userId(email), name, role,
                permission, email, created, created);
    }

    private String competition(String name, @Nullable String ownerId) {
        String eventId = id("event", ownerId, name);
        competitions.add(eventId, name, ownerId, now.minusDays(415));
        return eventId;
    }

    /** The first team's coach and analyst write the notes; the second team has only its owner. */
    private void addNotes(List<Fixture> recent, Team team) {
        boolean first = team.key().equals(FIRST_TEAM);
        String coach = userId(first ? "coach@demo.club" : "owner@demo.club");
        String analyst = userId(first ? "analyst@demo.club" : "owner@demo.club");
        for (Fixture fixture : recent) {
            String opponent = fixture.home() == team ? fixture.away().name() : fixture.home().name();
            note(fixture, coach, "pre_match", 0, "Against " + opponent
                    + ": press their centre-backs, force play wide, protect the half-spaces.");
            note(fixture, analyst, "live_reaction", 1260 + random.nextInt(600),
                    "Our front line is pressing too far apart: gaps open between 8 and 10.");
            note(fixture, coach, "tactical", 3300 + random.nextInt(900),
                    "Second half: full-backs stay deeper until we win the ball in their third.");
            note(fixture, analyst, "tactical", 4800 + random.nextInt(900),
                    opponent + " switch to long balls after 60'; our back line drops late. Review the clip.");
        }
    }

    private void note(Fixture fixture, String userId, String type, int videoSeconds, String content) {
        LocalDateTime created = type.equals("pre_match") ? fixture.kickOff().minusHours(3)
                : fixture.kickOff().plusSeconds(videoSeconds);
        notes.add(id("note", fixture.id(), userId, type, videoSeconds), fixture.id(), userId, content, type,
                (double) videoSeconds, created);
    }

    private void addMeetingsAndTraining(Team team) {
        String author = userId(team.key().equals(FIRST_TEAM) ? "coach@demo.club" : "owner@demo.club");
        String[][] meetings = {
                {"Video review of the last match", "Analysis room", "video_library", "-5"},
                {"Medical and load update", "Physio room", "medical_services", "-2"},
                {"Opponent briefing", "Team meeting room", "groups", "2"},
                {"Set-piece walkthrough", "Training ground, pitch 2", "sports_soccer", "9"}};
        for (String[] meeting : meetings) {
            LocalDateTime when = today.plusDays(Long.parseLong(meeting[3])).atTime(10, 0);
            reunions.add(id("reunion", team.key(), meeting[0]), team.id(), meeting[0], when, meeting[1], meeting[2],
                    author, when.isBefore(now) ? when.minusDays(3) : now.minusDays(1));
        }
        String[][] sessions = {
                {"Recovery session", "Recovery and mobility", "self_improvement", "-6"},
                {"High press triggers", "Pressing triggers and counter-press", "directions_run", "-4"},
                {"Build-up under pressure", "Playing out from the back", "sports_soccer", "-3"},
                {"Finishing drills", "Finishing and cut-backs", "sports_soccer", "-1"},
                {"Defensive shape", "Compact mid block and line height", "shield", "1"},
                {"Set pieces", "Attacking and defending corners", "flag", "3"},
                {"Small-sided games", "Transitions and intensity", "fitness_center", "5"},
                {"Match preparation", "Opponent patterns and activation", "psychology", "8"}};
        for (String[] session : sessions) {
            LocalDateTime when = today.plusDays(Long.parseLong(session[3])).atTime(9, 30);
            trainings.add(id("training", team.key(), session[0]), team.id(), session[0], when, session[1],
                    session[2], author, when.isBefore(now) ? when.minusDays(5) : now.minusDays(1));
        }
    }

    private void addAlerts(Fixture match) {
        Object[][] raised = {
                {"PRESSING", "PRESSING_ADJUSTMENT", 0.42, "Push the front line 5 m higher",
                        "ppda=14.8 (threshold 11.0)", "Trigger the press on their left centre-back's first touch."},
                {"COMPACTNESS", "STRUCTURAL_COMPACTNESS_FIX", 0.71, "Close the gap between the lines",
                        "line_gap_m=19.4 (threshold 15.0)", "Drop the 10 next to the 6 until the lines are within 15 m."},
                {"FATIGUE", "SUBSTITUTION_RECOMMENDATION", 0.83, "Replace the tiring right winger",
                        "sprint_drop_pct=38 (threshold 25)", "Bring on fresh legs on the right and keep the shape."},
                {"PRESSING", "PRESSING_ADJUSTMENT", 0.55, "Press as a unit, not alone",
                        "ppda=13.1 (threshold 11.0)", "The striker presses alone: hold the press until the 8s step up."}};
        Map<String, Integer> perCategory = new HashMap<>();
        for (int i = 0; i < raised.length; i++) {
            Object[] alert = raised[i];
            int matchTime = 900 + i * 1260 + random.nextInt(300);
            double severity = (Double) alert[2];
            String label = severity >= 0.7 ? "HIGH" : severity >= 0.4 ? "MEDIUM" : "LOW";
            int triggerCount = perCategory.merge((String) alert[0], 1, Integer::sum);
            String alertId = "demo-alert-" + (i + 1);
            LocalDateTime raisedAt = match.kickOff().plusSeconds(matchTime);
            alerts.add(id("alert", match.id(), alertId), match.id(), alertId, "demo-decision-" + (i + 1),
                    String.format("%02d:%02d", matchTime / 60, matchTime % 60), (double) matchTime, severity, label,
                    alert[0], alert[1], "ACTIVE", alert[3], 120, triggerCount, alert[4], alert[5],
                    Json.object("x", 40 + random.nextInt(30), "y", 20 + random.nextInt(50)).text(),
                    Json.object("x_min", 30, "x_max", 70, "y_min", 10, "y_max", 60).text(), raisedAt, raisedAt);
        }
    }

    private static DemoUser user(String email, String password, String role, String fullName,
            @Nullable String teamKey, String description) {
        return new DemoUser(new DemoAccount(email, password, role, description), fullName, teamKey);
    }
}
