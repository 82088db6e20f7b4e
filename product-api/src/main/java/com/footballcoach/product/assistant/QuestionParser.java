package com.footballcoach.product.assistant;

import com.footballcoach.product.assistant.MetricQuery.Operation;
import com.footballcoach.product.assistant.MetricQuery.Subject;
import com.footballcoach.product.assistant.MetricQuery.Venue;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Local mode's grammar over the metric catalogue: turns a question into a {@link MetricQuery}
 * (metric words and their synonyms, typos allowed by {@link Fuzzy}; player and opponent names from
 * the caller's {@link Roster}), a line-up suggestion, a match review, an honest refusal, or
 * nothing, in which case the older intents ({@link IntentRouter}) answer.
 */
final class QuestionParser {

    /** What a question is, for the metric layer. */
    sealed interface Parsed permits Ask, Advice, Review, Refusal, Other {
    }

    /** A metric question. */
    record Ask(MetricQuery query) implements Parsed {
    }

    /** "Who should start as striker?": the players of a position ranked by recent form. */
    record Advice(String position, String role, int lastMatches) implements Parsed {
    }

    /** "What did we do wrong in the last match?": where the opponent outdid the team, and the alerts. */
    record Review(int lastMatches) implements Parsed {
    }

    /** A question the data cannot answer: what is missing, and questions it can answer instead. */
    record Refusal(String missing, List<String> closest) implements Parsed {
    }

    /** Not a metric question: the older intents answer it. */
    record Other() implements Parsed {
    }

    /** A football notion: its words, and its metric for a team and for a player (either may be absent). */
    private record Concept(List<String> phrases, @Nullable String team, @Nullable String player) {
    }

    private static final List<Concept> CONCEPTS = List.of(
            concept("alerts", null, "alerts", "alert", "warnings"),
            concept("decisions", null, "decisions", "decision"),
            concept("team_shots_on_target", "shots_on_target", "shots on target", "shot on target", "on target"),
            concept("team_pass_accuracy", "pass_accuracy", "pass accuracy", "passing accuracy", "accurate passes",
                    "pass completion", "passing percentage", "pass percentage", "completion rate"),
            concept(null, "key_passes", "key passes", "key pass", "chances created"),
            concept("team_xg", "xg", "expected goals", "xg", "x g"),
            concept("clean_sheets", null, "clean sheets", "clean sheet", "shutouts", "shutout"),
            concept("team_yellow_cards", "yellow_cards", "yellow cards", "yellow card", "yellows", "booked", "bookings",
                    "booking"),
            concept("team_red_cards", "red_cards", "red cards", "red card", "sent off", "reds"),
            concept("team_cards", "yellow_cards", "cards", "card"),
            concept("goals_against", null, "conceded", "concede", "conceding", "concedes", "let in", "goals against"),
            concept(null, "max_speed", "top speed", "max speed", "maximum speed", "fastest", "quickest", "highest speed"),
            concept(null, "avg_speed", "average speed", "speed", "pace"),
            concept("team_distance", "distance", "distance", "covered", "kilometres", "kilometers", "km", "ran"),
            concept("team_sprints", "sprints", "sprints", "sprint", "sprinted", "sprinting"),
            concept(null, "minutes", "minutes", "minute", "mins", "game time", "playing time"),
            concept(null, "rating", "rating", "ratings", "rated"),
            concept(null, "assists", "assists", "assist", "assisted", "assisting"),
            concept("goals_for", "goals", "goals", "goal", "scored", "score", "scorer", "scorers", "scoring", "netted"),
            concept("team_shots", "shots", "shots", "shot", "shooting", "attempts"),
            concept("possession", null, "possession", "ball possession"),
            concept("team_passes", "passes", "passes", "passing", "pass"),
            concept("team_tackles", "tackles", "tackles", "tackle", "tackling", "tackled"),
            concept("team_interceptions", "interceptions", "interceptions", "interception", "intercepted"),
            concept("team_pressures", "pressures", "pressures", "pressure", "pressing", "pressed", "presses"),
            concept("points", null, "points", "point"),
            concept("wins", null, "wins", "won", "win", "victories", "victory"),
            concept("draws", null, "draws", "drew", "drawn", "draw"),
            concept("losses", null, "losses", "lost", "lose", "defeats", "defeat"));

    /** What the data does not hold, with the words that ask for it. */
    private record Gap(String missing, List<String> phrases, List<String> closest) {
    }

    private static final List<String> OPPONENT_CLOSEST = List.of(
            "How many goals did we concede against Harbour United?",
            "How many shots did our opponents have in the last 5 matches?",
            "Who made the most tackles in the last 5 matches?");
    private static final List<Gap> GAPS = List.of(
            new Gap("statistics of the opponents' players", List.of("man mark", "man marking", "manmark", "their players",
                    "their player", "their striker", "their best", "their keeper", "their goalkeeper", "their defenders",
                    "their midfielders", "their forwards", "of their", "opposition players", "opponent players",
                    "opponents players", "opponent s players", "their top scorer", "their winger"), OPPONENT_CLOSEST),
            new Gap("injury or medical records", List.of("injury", "injuries", "injured", "medical", "fit to play"),
                    List.of("Who played the most minutes in the last 5 matches?",
                            "How many sprints did Mateo Rivas make in the last 5 matches?")),
            new Gap("weather data", List.of("weather", "rain", "temperature", "wind", "raining"),
                    List.of("How many goals did we score at home this season?")),
            new Gap("contracts, wages or transfers", List.of("salary", "wage", "wages", "contract", "contracts",
                    "transfer", "transfers", "sign", "buy", "earn", "earns", "paid", "worth"), List.of("Who played the most minutes this season?")),
            new Gap("tickets, attendance or fans", List.of("tickets", "ticket", "attendance", "crowd", "fans",
                    "supporters"), List.of("How many points did we take at home this season?")),
            new Gap("referee data", List.of("referee", "referees", "ref"),
                    List.of("How many yellow cards did we receive this season?")),
            new Gap("set-piece, cross, dribble or header counts", List.of("corners", "corner", "free kicks",
                    "free kick", "penalties", "penalty", "crosses", "crossing", "dribbles", "dribble", "headers",
                    "header", "aerial", "throw ins"),
                    List.of("How many shots did we have in the last 5 matches?",
                            "Who had the most key passes this season?")),
            new Gap("predictions of future results", List.of("will we win", "will we lose", "predict", "prediction",
                    "forecast", "odds", "bet", "next season", "chances of winning"),
                    List.of("How many points did we take in the last 5 matches?",
                            "Who should start as striker next match?")));

    private static final List<String> TREND = List.of("trend", "trending", "improving", "improve", "improved",
            "improvement", "declining", "decline", "progress", "progression", "better", "worse", "evolution",
            "evolve", "evolved", "rising", "falling", "dropping");
    private static final List<String> AVERAGE = List.of("average", "avg", "mean", "typically", "usually");
    private static final List<String> MOST = List.of("most", "highest", "best", "top", "max", "maximum", "biggest",
            "record", "leader", "leaders", "leading", "more", "greatest", "hardest", "furthest", "farthest");
    private static final List<String> LEAST = List.of("fewest", "least", "lowest", "worst", "minimum", "min",
            "less", "smallest");
    private static final List<String> WHO = List.of("who", "whom", "which", "players", "player", "anyone", "ranking",
            "rank", "ranked", "leaderboard", "squad", "scorer", "scorers");
    private static final List<String> DEFINE = List.of("explain", "meaning", "define", "definition", "describe",
            "mean", "means");
    private static final List<String> REVIEW = List.of("wrong", "mistakes", "mistake", "weaknesses", "weakness",
            "badly", "errors", "problems", "failed", "poorly");
    private static final List<String> POSITION_WORDS_FWD = List.of("striker", "strikers", "forward", "forwards",
            "attacker", "attack", "front", "centre forward", "center forward", "number 9", "nine", "winger");
    private static final List<String> POSITION_WORDS_MID = List.of("midfield", "midfielder", "midfielders",
            "playmaker", "number 10");
    private static final List<String> POSITION_WORDS_DEF = List.of("defence", "defense", "defender", "defenders",
            "centre back", "center back", "full back", "fullback", "back line", "backline");
    private static final List<String> POSITION_WORDS_GK = List.of("goalkeeper", "keeper", "goalie", "in goal");

    private QuestionParser() {
    }

    static Parsed parse(String question, Roster roster, LocalDate today) {
        List<String> words = EntityExtractor.words(question);
        Entities entities = EntityExtractor.extract(question, roster);
        for (Gap gap : GAPS) {
            if (gap.phrases().stream().anyMatch(p -> exactPhrase(words, p))) {
                return new Refusal(gap.missing(), gap.closest());
            }
        }
        int their = words.indexOf("their");
        if (their >= 0) {
            // "their most dangerous striker", "their best players": the opponents' players
            List<String> after = words.subList(their + 1, Math.min(words.size(), their + 4));
            if (exact(after, List.of("player", "players", "man", "men")) || position(after) != null) {
                return new Refusal(GAPS.get(0).missing(), GAPS.get(0).closest());
            }
        }
        boolean defines = any(words, DEFINE) || phrase(words, "what is") || phrase(words, "what does")
                || phrase(words, "how does") || phrase(words, "what are");
        if (!entities.glossaryTerms().isEmpty() && defines) {
            return new Other();
        }
        String position = position(words);
        if (position != null && (phrase(words, "should start") || phrase(words, "should play")
                || phrase(words, "who to start") || phrase(words, "who to play") || phrase(words, "should i start")
                || phrase(words, "should we start") || phrase(words, "should i pick") || phrase(words, "should we pick")
                || phrase(words, "should lead") || any(words, List.of("start", "starter", "pick", "select", "lineup")))) {
            Integer n = entities.lastMatches();
            return new Advice(position, role(position), n == null ? 5 : n);
        }
        if (any(words, REVIEW) || phrase(words, "went wrong") || phrase(words, "go wrong")
                || phrase(words, "why did we lose") || phrase(words, "what should we improve")) {
            Integer n = entities.lastMatches();
            return new Review(n == null ? 1 : Math.min(n, 5));
        }
        // the older analytics keep their own definitions: the sprint trend of the last 5 vs the 5
        // before, and pressing by formation
        boolean trend = any(words, TREND);
        if (any(words, List.of("formation", "formations", "shape", "system", "systems"))) {
            return new Other();
        }
        if (trend && any(words, List.of("sprint", "sprints", "sprinting", "intensity")) && entities.players().isEmpty()
                && entities.lastMatches() == null) {
            return new Other();
        }
        Concept concept = concept(words);
        if (concept == null) {
            return new Other();
        }
        Subject subject;
        List<String> playerIds = entities.players().stream().map(Roster.Player::id).toList();
        boolean opponentSide = phrase(words, "against us") || any(words, List.of("opponents", "opponent", "they",
                "opposition")) || opponentAsSubject(words, entities);
        if (!playerIds.isEmpty()) {
            subject = Subject.PLAYER;
        } else if (opponentSide && concept.team() != null) {
            subject = Subject.OPPONENT;
        } else if (exact(words, WHO) && concept.player() != null) {
            subject = Subject.ALL_PLAYERS;
        } else if (concept.team() != null) {
            subject = Subject.TEAM;
        } else {
            subject = Subject.ALL_PLAYERS;
        }
        String code = subject == Subject.TEAM || subject == Subject.OPPONENT ? concept.team() : concept.player();
        if (code == null) {
            return new Refusal(concept.phrases().get(0) + " per player (it is measured for the team only)",
                    List.of("How much " + concept.phrases().get(0) + " did we have in the last 5 matches?"));
        }
        if (code.equals("decisions") && any(words, List.of("effective", "worked", "effect", "success", "successful",
                "impact"))) {
            code = "decision_effect";
        }
        Metric metric = MetricCatalogue.get(code);
        boolean least = exact(words, LEAST);
        boolean most = exact(words, MOST);
        boolean inOneMatch = phrase(words, "in a match") || phrase(words, "in one match") || phrase(words, "in a game")
                || phrase(words, "in one game") || phrase(words, "single match") || phrase(words, "single game");
        Operation operation;
        if (trend && !(least || most)) {
            operation = Operation.TREND;
        } else if (playerIds.size() > 1 || (any(words, List.of("compare", "comparison", "versus", "vs"))
                && subject == Subject.PLAYER)) {
            operation = Operation.COMPARISON;
        } else if (subject == Subject.ALL_PLAYERS) {
            operation = Operation.RANKING;
        } else if ((most || least) && (inOneMatch || subject == Subject.PLAYER)) {
            operation = least ? Operation.MINIMUM : Operation.MAXIMUM;
        } else if (any(words, AVERAGE) || phrase(words, "per match") || phrase(words, "per game")
                || phrase(words, "a match") || phrase(words, "a game") || phrase(words, "on average")) {
            operation = Operation.AVERAGE;
        } else if (phrase(words, "how many") || phrase(words, "how much") || any(words, List.of("total", "number"))) {
            operation = metric.additive() ? Operation.TOTAL : Operation.AVERAGE;
        } else if (metric.code().equals("max_speed")) {
            operation = Operation.MAXIMUM;
        } else {
            operation = metric.naturalOperation();
        }
        if (operation == Operation.TREND && subject == Subject.ALL_PLAYERS) {
            operation = Operation.RANKING;
        }
        String category = metric.code().equals("alerts") ? category(words) : null;
        return new Ask(new MetricQuery(metric, subject, playerIds, window(words, entities, today), operation,
                least && !most, category, null));
    }

    private static boolean opponentAsSubject(List<String> words, Entities entities) {
        for (Roster.Team opponent : entities.opponents()) {
            List<String> name = Fuzzy.tokens(opponent.name());
            int at = Fuzzy.indexOf(words, name);
            if (at > 0 && List.of("did", "have", "has", "do", "does").contains(words.get(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Which matches: last N, this season, a month, the last N days or weeks, home or away, against whom. */
    static MetricQuery.Window window(List<String> words, Entities entities, LocalDate today) {
        Integer last = entities.lastMatches();
        for (int i = 0; last == null && i + 3 < words.size(); i++) {
            // "the last 3 home matches"
            Integer n = numberWord(words.get(i + 1));
            if ((words.get(i).equals("last") || words.get(i).equals("previous")) && n != null && n > 0
                    && List.of("home", "away").contains(words.get(i + 2))
                    && List.of("match", "matches", "game", "games").contains(words.get(i + 3))) {
                last = n;
            }
        }
        if (last == null && (phrase(words, "last couple of matches") || phrase(words, "last couple of games"))) {
            last = 2;
        } else if (last == null && (phrase(words, "last few matches") || phrase(words, "last few games"))) {
            last = 3;
        } else if (last == null && (phrase(words, "most recent match") || phrase(words, "latest match")
                || phrase(words, "latest game") || phrase(words, "yesterday") || phrase(words, "most recent game"))) {
            last = 1;
        }
        LocalDate from = null;
        LocalDate to = null;
        String label = "";
        if (any(words, List.of("season"))) {
            from = MetricRepository.seasonStart(today);
            label = "this season";
        }
        for (int i = 0; i < words.size(); i++) {
            Month month = month(words.get(i));
            if (month != null && i > 0 && List.of("in", "during", "since", "from").contains(words.get(i - 1))) {
                LocalDate start = LocalDate.of(today.getYear(), month, 1);
                if (start.isAfter(today)) {
                    start = start.minusYears(1);
                }
                from = start;
                boolean since = words.get(i - 1).equals("since") || words.get(i - 1).equals("from");
                to = since ? null : start.plusMonths(1);
                label = (since ? "since " : "in ") + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            }
            if ((words.get(i).equals("last") || words.get(i).equals("past")) && i + 1 < words.size()) {
                String next = words.get(i + 1);
                Integer n = i + 2 < words.size() ? numberWord(next) : null;
                String unit = n != null ? words.get(i + 2) : next;
                int count = n == null ? 1 : n;
                if (unit.startsWith("day")) {
                    from = today.minusDays(count);
                    label = "in the last " + count + (count == 1 ? " day" : " days");
                } else if (unit.startsWith("week")) {
                    from = today.minusWeeks(count);
                    label = "in the last " + count + (count == 1 ? " week" : " weeks");
                } else if (unit.startsWith("month")) {
                    from = today.minusMonths(count);
                    label = "in the last " + count + (count == 1 ? " month" : " months");
                }
            }
        }
        Venue venue = phrase(words, "away") || phrase(words, "on the road") ? Venue.AWAY
                : phrase(words, "home") ? Venue.HOME : Venue.ANY;
        return new MetricQuery.Window(last, from, to, entities.opponents(), venue, label);
    }

    private static @Nullable Integer numberWord(String word) {
        if (word.matches("\\d{1,3}")) {
            return Integer.parseInt(word);
        }
        List<String> names = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
        int at = names.indexOf(word);
        return at < 0 ? null : at + 1;
    }

    private static @Nullable Month month(String word) {
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (word.equals(full) || (word.length() >= 4 && Fuzzy.matches(word, full))) {
                return m;
            }
        }
        return null;
    }

    private static @Nullable String position(List<String> words) {
        if (POSITION_WORDS_GK.stream().anyMatch(p -> phrase(words, p))) {
            return "GK";
        }
        if (POSITION_WORDS_DEF.stream().anyMatch(p -> phrase(words, p))) {
            return "DEF";
        }
        if (POSITION_WORDS_MID.stream().anyMatch(p -> phrase(words, p))) {
            return "MID";
        }
        if (POSITION_WORDS_FWD.stream().anyMatch(p -> phrase(words, p))) {
            return "FWD";
        }
        return null;
    }

    static String role(String position) {
        return switch (position) {
            case "GK" -> "goalkeeper";
            case "DEF" -> "defender";
            case "MID" -> "midfielder";
            default -> "forward";
        };
    }

    private static @Nullable String category(List<String> words) {
        for (String category : MetricCatalogue.ALERT_CATEGORIES) {
            if (phrase(words, category.toLowerCase(Locale.ROOT).replace('_', ' '))) {
                return category;
            }
        }
        if (any(words, List.of("pressing", "press"))) {
            return "PRESSING";
        }
        return null;
    }

    private static @Nullable Concept concept(List<String> words) {
        for (Concept concept : CONCEPTS) {
            if (concept.phrases().stream().anyMatch(p -> phrase(words, p))) {
                return concept;
            }
        }
        return null;
    }

    private static Concept concept(@Nullable String team, @Nullable String player, String... phrases) {
        return new Concept(List.of(phrases), team, player);
    }

    private static boolean any(List<String> words, List<String> keywords) {
        for (String word : words) {
            for (String keyword : keywords) {
                if (Fuzzy.matches(word, keyword)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that a typo of another word would turn into (last/least, score/scorer) are matched exactly. */
    private static boolean exact(List<String> words, List<String> keywords) {
        return words.stream().anyMatch(keywords::contains);
    }

    private static boolean exactPhrase(List<String> words, String phrase) {
        return java.util.Collections.indexOfSubList(words, Fuzzy.tokens(phrase)) >= 0;
    }

    private static boolean phrase(List<String> words, String phrase) {
        return Fuzzy.indexOf(words, Fuzzy.tokens(phrase)) >= 0;
    }

    /** The questions a refusal offers when nothing closer is known. */
    static List<String> examples() {
        return new ArrayList<>(List.of("How many goals did we concede in the last 3 matches?",
                "Who played the most minutes over the last 5 matches?",
                "Who should start as striker next match?"));
    }
}
