package com.footballcoach.product.assistant;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Typo-tolerant token matching: text is lower-cased, stripped of accents and split into words;
 * two words match when their Jaro-Winkler similarity is at least {@link #THRESHOLD} and their
 * lengths differ by at most two (a typo, not a suffix: "rovers" is not "improvers"). Short words
 * are held to more: four letters need 0.93 (so "from" is not "form"), shorter ones must be equal.
 */
final class Fuzzy {

    static final double THRESHOLD = 0.85;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9#]+");

    private Fuzzy() {
    }

    /** The words of a text, normalized (lower case, no accents, no punctuation except {@code #}). */
    static List<String> tokens(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(NON_WORD.matcher(plain).replaceAll(" ").trim().split(" "))
                .filter(t -> !t.isEmpty()).toList();
    }

    /** Whether a word of the question stands for a known word, allowing for a typo. */
    static boolean matches(String word, String known) {
        if (word.equals(known)) {
            return true;
        }
        int shorter = Math.min(word.length(), known.length());
        if (shorter < 4 || Math.abs(word.length() - known.length()) > 2) {
            return false;
        }
        double needed = shorter == 4 ? 0.93 : THRESHOLD;
        return similarity(word, known) >= needed;
    }

    /** Whether the words starting at {@code from} match {@code phrase} word by word. */
    static boolean matchesAt(List<String> words, int from, List<String> phrase) {
        if (from + phrase.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!matches(words.get(from + i), phrase.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code phrase} starts in {@code words}, or -1. */
    static int indexOf(List<String> words, List<String> phrase) {
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            if (matchesAt(words, i, phrase)) {
                return i;
            }
        }
        return -1;
    }

    /** Jaro-Winkler similarity in [0, 1]. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] aMatched = new boolean[a.length()];
        boolean[] bMatched = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!bMatched[j] && a.charAt(i) == b.charAt(j)) {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < a.length(); i++) {
            if (aMatched[i]) {
                while (!bMatched[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
