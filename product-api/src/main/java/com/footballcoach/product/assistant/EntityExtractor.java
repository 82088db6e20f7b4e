package com.footballcoach.product.assistant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds what a question names, in its first {@value #MAX_WORDS} words, against the caller's
 * roster only: player names (full name, or surname) allowing for typos, shirt numbers
 * ("number 8", "#8"), "last match" / "last N matches", opponents and formations ("4-3-3").
 */
final class EntityExtractor {

    static final int MAX_WORDS = 20;
    private static final Pattern FORMATION = Pattern.compile("\\b\\d(?:\\s*-\\s*\\d){2,3}\\b");
    private static final Set<String> NUMBER_CUES = Set.of("number", "no", "num", "nr", "shirt", "jersey");
    private static final Set<String> MATCH_WORDS = Set.of("match", "matches", "game", "games", "fixture", "fixtures");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20));
    /** Words of questions that would otherwise pass for surnames. */
    private static final Set<String> NOT_NAMES = Set.of("which", "what", "where", "their", "there", "these",
            "players", "player", "match", "matches", "games", "rating", "ratings", "sprint", "sprints", "formation",
            "pressing", "pressures", "improving", "improve", "against", "season", "scored", "score", "team",
            // the metric layer's words: "highest" is not Hughes, "goals" is not Gomes
            "highest", "lowest", "fewest", "most", "average", "total", "shots", "goals", "minutes", "distance",
            "passes", "tackles", "points", "possession", "conceded", "assists", "cards", "alerts", "speed",
            "fastest", "started", "should", "start", "striker", "played", "covered", "home", "away");

    private EntityExtractor() {
    }

    /** The first {@value #MAX_WORDS} words of a question, normalized. */
    static List<String> words(String question) {
        List<String> words = Fuzzy.tokens(question);
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }

    static Entities extract(String question, Roster roster) {
        List<String> words = words(question);
        return new Entities(players(words, roster), lastMatches(words), teams(words, roster.opponents()),
                formations(question, roster), TacticalGlossary.find(words).stream().map(TacticalGlossary.Entry::term).toList());
    }

    private static List<Roster.Player> players(List<String> words, Roster roster) {
        Map<String, Roster.Player> found = new LinkedHashMap<>();
        Set<Integer> fullNameWords = new LinkedHashSet<>();
        for (Roster.Player player : roster.players()) {
            List<String> name = Fuzzy.tokens(player.name());
            int at = Fuzzy.indexOf(words, name);
            if (at >= 0 && name.size() > 1) {
                found.put(player.id(), player);
                for (int i = at; i < at + name.size(); i++) {
                    fullNameWords.add(i);
                }
            }
        }
        for (Roster.Player player : roster.players()) {
            List<String> name = Fuzzy.tokens(player.name());
            List<String> surname = name.size() > 1 ? name.subList(1, name.size()) : name;
            for (int i = 0; i + surname.size() <= words.size(); i++) {
                if (!fullNameWords.contains(i) && !NOT_NAMES.contains(words.get(i))
                        && Fuzzy.matchesAt(words, i, surname)) {
                    found.putIfAbsent(player.id(), player);
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Integer number = shirtNumber(words, i);
            if (number != null) {
                roster.players().stream().filter(p -> number.equals(p.jerseyNumber()))
                        .forEach(p -> found.putIfAbsent(p.id(), p));
            }
        }
        return List.copyOf(found.values());
    }

    private static @Nullable Integer shirtNumber(List<String> words, int i) {
        String word = words.get(i);
        if (word.startsWith("#") && word.length() > 1) {
            return number(word.substring(1));
        }
        if (NUMBER_CUES.contains(word) && i + 1 < words.size()) {
            Integer n = number(words.get(i + 1));
            return n != null && n >= 1 && n <= 99 ? n : null;
        }
        return null;
    }

    private static @Nullable Integer lastMatches(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!Fuzzy.matches(word, "last") && !Fuzzy.matches(word, "previous") && !Fuzzy.matches(word, "recent")) {
                continue;
            }
            if (i + 1 < words.size() && isMatchWord(words.get(i + 1))) {
                String next = words.get(i + 1);
                return next.endsWith("s") ? null : 1;
            }
            if (i + 2 < words.size() && isMatchWord(words.get(i + 2))) {
                Integer n = number(words.get(i + 1));
                if (n != null && n > 0) {
                    return Math.min(n, 38);
                }
            }
        }
        return null;
    }

    private static boolean isMatchWord(String word) {
        return MATCH_WORDS.stream().anyMatch(m -> Fuzzy.matches(word, m));
    }

    private static @Nullable Integer number(String word) {
        if (word.matches("\\d{1,2}")) {
            return Integer.parseInt(word);
        }
        return NUMBER_WORDS.get(word);
    }

    private static List<Roster.Team> teams(List<String> words, List<Roster.Team> teams) {
        List<Roster.Team> found = new ArrayList<>();
        for (Roster.Team team : teams) {
            List<String> name = Fuzzy.tokens(team.name());
            if (Fuzzy.indexOf(words, name) >= 0) {
                found.add(team);
            }
        }
        return found;
    }

    private static List<Roster.Formation> formations(String question, Roster roster) {
        List<Roster.Formation> found = new ArrayList<>();
        Matcher matcher = FORMATION.matcher(question);
        while (matcher.find()) {
            String name = matcher.group().replaceAll("\\s", "");
            roster.formations().stream().filter(f -> f.name().equals(name) && !found.contains(f)).forEach(found::add);
        }
        return found;
    }
}
