package com.footballcoach.product.assistant;

import com.footballcoach.product.assistant.MetricQuery.Operation;
import com.footballcoach.product.assistant.MetricQuery.Subject;
import com.footballcoach.product.assistant.MetricQuery.Venue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The answers of the metric layer, fact first: the first sentence answers the question with the
 * number, then the evidence (the matches and the rows behind it), then where it came from. Every
 * number is one of the executor's; nothing is computed here but the wording.
 */
final class MetricAnswers {

    private static final int LISTED = 5;
    private static final int ROWS_IN_FACT = 10;

    private MetricAnswers() {
    }

    static String answer(MetricResult result) {
        MetricQuery q = result.query();
        Metric m = q.metric();
        String when = phrase(q.window());
        if (result.isEmpty()) {
            String who = switch (q.subject()) {
                case PLAYER -> "That player has";
                case ALL_PLAYERS -> "None of your players has";
                case OPPONENT -> "Your opponents have";
                case TEAM -> "Your teams have";
            };
            return who + " no recorded " + m.label() + " " + when + " (no completed match with that data).";
        }
        List<MetricResult.Subject> subjects = result.subjects();
        MetricResult.Subject first = subjects.get(0);
        boolean you = q.subject() == Subject.TEAM && subjects.size() == 1;
        StringBuilder s = new StringBuilder();
        switch (q.operation()) {
            case TOTAL -> {
                for (MetricResult.Subject subject : subjects) {
                    s.append(total(m, subject, you, when)).append(": ").append(perMatch(m, subject)).append(".\n");
                }
            }
            case AVERAGE -> {
                for (MetricResult.Subject subject : subjects) {
                    s.append(possessive(subject, you)).append(" average ").append(m.label()).append(' ').append(when)
                            .append(" was ").append(m.withUnit(subject.average())).append(" per match over ")
                            .append(matches(subject.matches())).append(": ").append(perMatch(m, subject)).append(".\n");
                }
            }
            case MAXIMUM, MINIMUM -> {
                boolean max = q.operation() == Operation.MAXIMUM;
                for (MetricResult.Subject subject : subjects) {
                    double value = max ? subject.maximum() : subject.minimum();
                    MetricResult.Row row = subject.rows().stream().filter(r -> r.value() == value).findFirst()
                            .orElse(subject.rows().get(0));
                    s.append(possessive(subject, you)).append(max ? " highest " : " lowest ").append(m.label())
                            .append(" in a match ").append(when).append(" was ").append(m.withUnit(value)).append(", ")
                            .append(row.where()).append(" on ").append(row.date()).append(" (").append(row.score())
                            .append(").\n");
                }
            }
            case RANKING -> {
                List<MetricResult.Subject> leaders = subjects.stream().filter(x -> x.place() == first.place()).toList();
                double value = first.value(q.operation(), m);
                String names = names(leaders.stream().map(MetricResult.Subject::name).toList());
                s.append(names).append(' ').append(rankingPhrase(m, q.ascending(), leaders.size() > 1)).append(' ')
                        .append(when).append(": ").append(m.withUnit(value))
                        .append(leaders.size() > 1 ? " each" : "").append(m.additive() ? "" : " over "
                                + matches(first.matches())).append(".\n");
                s.append("Ranking (").append(m.additive() ? "total" : m.code().equals("max_speed") ? "best" : "average")
                        .append(" ").append(m.label()).append(", ").append(when).append("):");
                subjects.stream().limit(LISTED).forEach(x -> s.append("\n").append(x.place()).append(". ")
                        .append(x.name()).append(": ").append(m.withUnit(x.value(q.operation(), m))).append(" (")
                        .append(matches(x.matches())).append(")"));
                s.append('\n');
            }
            case TREND -> {
                for (MetricResult.Subject subject : subjects) {
                    if (subject.recent() == null || subject.earlier() == null) {
                        s.append(possessive(subject, you)).append(' ').append(m.label()).append(' ').append(when)
                                .append(" has too few matches for a trend (").append(matches(subject.matches()))
                                .append("): ").append(perMatch(m, subject)).append(".\n");
                        continue;
                    }
                    double delta = subject.recent() - subject.earlier();
                    String direction = Math.abs(delta) < 1e-9 ? "is steady" : delta > 0 ? "is rising" : "is falling";
                    s.append(possessive(subject, you)).append(' ').append(m.label()).append(' ').append(direction)
                            .append(": ").append(m.format(subject.recent())).append(" per match in the latest ")
                            .append(matches(subject.recentMatches())).append(" vs ").append(m.format(subject.earlier()))
                            .append(" in the ").append(subject.matches() - subject.recentMatches())
                            .append(" before (").append(when).append("); by match, newest first: ")
                            .append(perMatch(m, subject)).append(".\n");
                }
            }
            case COMPARISON -> {
                if (subjects.size() == 1) {
                    s.append(first.name()).append(' ').append(verbOrHad(m)).append(' ')
                            .append(m.withUnit(first.value(q.operation(), m))).append(' ').append(when)
                            .append("; the other player has no recorded ").append(m.label()).append(" then.\n");
                } else {
                    MetricResult.Subject second = subjects.get(1);
                    double a = first.value(q.operation(), m);
                    double b = second.value(q.operation(), m);
                    if (first.place() == second.place()) {
                        s.append(first.name()).append(" and ").append(second.name()).append(" are level on ")
                                .append(m.additive() ? "" : "average ").append(m.label()).append(' ').append(when)
                                .append(": ").append(m.withUnit(a)).append(" each.\n");
                    } else {
                        s.append(first.name()).append(' ').append(q.ascending() ? "had less " : "had more ")
                                .append(m.additive() ? "" : "average ").append(noun(m)).append(" than ")
                                .append(second.name()).append(' ').append(when).append(": ").append(m.withUnit(a))
                                .append(" vs ").append(m.withUnit(b)).append(".\n");
                    }
                    subjects.forEach(x -> s.append(x.name()).append(": ").append(perMatch(m, x)).append('\n'));
                }
            }
        }
        s.append(evidence(result));
        return s.toString().strip();
    }

    private static String total(Metric m, MetricResult.Subject subject, boolean you, String when) {
        if (m.verb().isEmpty()) {
            return possessive(subject, you) + " total " + m.label() + " " + when + " was " + m.withUnit(subject.total());
        }
        return (you ? "You" : subject.name()) + " " + m.verb() + " " + m.withUnit(subject.total())
                + (m.singular().isEmpty() || m.singular().equals("%") ? " " + m.label() : "") + " " + when;
    }

    private static String verbOrHad(Metric m) {
        return m.verb().isEmpty() ? "had " + m.label() + " of" : m.verb();
    }

    /** "scored the most goals", "covered the most distance", "had the highest rating". */
    private static String rankingPhrase(Metric m, boolean ascending, boolean plural) {
        if (!m.additive()) {
            String adjective = ascending ? "lowest" : "highest";
            return (plural ? "share the " : "had the ") + adjective + (m.code().equals("max_speed") ? " " : " average ")
                    + m.label();
        }
        String verb = m.verb().isEmpty() ? "had" : m.verb();
        return verb + (ascending ? " the fewest " : " the most ") + noun(m);
    }

    /** The label without its verb: "goals scored" → "goals", "distance covered" → "distance". */
    private static String noun(Metric m) {
        String label = m.label();
        if (!m.verb().isEmpty() && label.endsWith(" " + m.verb())) {
            return label.substring(0, label.length() - m.verb().length() - 1);
        }
        return label;
    }

    private static String possessive(MetricResult.Subject subject, boolean you) {
        if (you) {
            return "Your";
        }
        return subject.name() + (subject.name().endsWith("s") ? "'" : "'s");
    }

    private static String perMatch(Metric m, MetricResult.Subject subject) {
        List<MetricResult.Row> rows = subject.rows();
        String listed = rows.stream().limit(ROWS_IN_FACT).map(r -> m.format(r.value()) + " " + r.where())
                .collect(Collectors.joining(", "));
        return rows.size() > ROWS_IN_FACT ? listed + " and " + (rows.size() - ROWS_IN_FACT) + " more" : listed;
    }

    private static String evidence(MetricResult result) {
        List<String> matchLines = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        int rows = 0;
        for (MetricResult.Subject subject : result.subjects()) {
            for (MetricResult.Row r : subject.rows()) {
                rows++;
                if (!seen.contains(r.matchId())) {
                    seen.add(r.matchId());
                    matchLines.add(r.date() + " " + r.where() + " " + r.score());
                }
            }
        }
        Metric m = result.query().metric();
        String tables = m.grain() == Metric.Grain.TEAM_MATCH
                ? "matches" + (m.sql().contains("ss.") ? ", match_team_statistics" : "")
                        + (m.sql().contains("player_match_statistics") ? ", player_match_statistics" : "")
                        + (m.sql().contains("match_events") ? ", match_events" : "")
                        + (m.sql().contains("tactical_alerts") ? ", tactical_alerts" : "")
                        + (m.sql().contains("decision_feedback") ? ", decision_feedback" : "")
                : "matches, match_lineups, player_match_statistics" + (m.sql().contains("match_events") ? ", match_events" : "");
        String shown = matchLines.size() > ROWS_IN_FACT
                ? String.join("; ", matchLines.subList(0, ROWS_IN_FACT)) + "; and " + (matchLines.size() - ROWS_IN_FACT)
                        + " more"
                : String.join("; ", matchLines);
        return "Matches: " + shown + ".\nSource: " + tables + " (" + rows + (rows == 1 ? " row" : " rows")
                + ", metric " + m.code() + ").";
    }

    /** How the answer says the window: "in the last 3 matches", "in home matches against Harbour United this season". */
    static String phrase(MetricQuery.Window w) {
        String venue = w.venue() == Venue.HOME ? "home " : w.venue() == Venue.AWAY ? "away " : "";
        String against = w.opponents().isEmpty() ? ""
                : " against " + names(w.opponents().stream().map(Roster.Team::name).toList());
        String base;
        if (w.lastMatches() != null) {
            base = w.lastMatches() == 1 ? "in the last " + venue + "match" : "in the last " + w.lastMatches() + " "
                    + venue + "matches";
        } else if (!venue.isEmpty() || !against.isEmpty()) {
            base = "in " + venue + "matches";
        } else {
            return w.description().isEmpty() ? "in all completed matches" : w.description();
        }
        return base + against + (w.description().isEmpty() ? "" : " " + w.description());
    }

    private static String matches(int n) {
        return n + (n == 1 ? " match" : " matches");
    }

    static String names(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        List<String> shown = names.size() > 3 ? names.subList(0, 3) : names;
        String joined = String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
        return names.size() > 3 ? joined + " (and " + (names.size() - 3) + " more)" : joined;
    }

    static String advice(QuestionParser.Advice advice, List<MetricRepository.Form> form) {
        String plural = advice.role() + "s";
        if (form.isEmpty()) {
            return "None of your " + plural + " has a rated appearance in the last " + advice.lastMatches()
                    + " matches, so the data gives no basis to pick one.";
        }
        MetricRepository.Form best = form.get(0);
        StringBuilder s = new StringBuilder("On recent form, ").append(best.name()).append(" is the ")
                .append(advice.role()).append(" to start: ").append(formLine(best, advice.lastMatches())).append(".\n")
                .append("This is a ranking of your ").append(plural)
                .append(" by recent form (average rating, then goals, shots and minutes, over the last ")
                .append(advice.lastMatches()).append(" matches), not a tactical judgement of the opponent:");
        for (int i = 0; i < form.size(); i++) {
            s.append("\n").append(i + 1).append(". ").append(form.get(i).name()).append(": ")
                    .append(formLine(form.get(i), advice.lastMatches()));
        }
        s.append("\nSource: matches, match_lineups, player_match_statistics, match_events.");
        return s.toString();
    }

    private static String formLine(MetricRepository.Form f, int window) {
        return String.format(Locale.ROOT, "average rating %s, %d %s, %d %s and %d minutes in %d of the last %d matches",
                Metric.number(f.rating(), 2), f.goals(), f.goals() == 1 ? "goal" : "goals", f.shots(),
                f.shots() == 1 ? "shot" : "shots", f.minutes(), f.matches(), window);
    }

    static String refusal(QuestionParser.Refusal refusal) {
        return "I can't answer that from the club's data: it holds no " + refusal.missing()
                + ". Closest questions I can answer: "
                + refusal.closest().stream().map(q -> "\"" + q + "\"").collect(Collectors.joining("; ")) + ".";
    }

    static String review(List<MetricRepository.Review> matches) {
        if (matches.isEmpty()) {
            return "Your teams have no completed match to review yet.";
        }
        StringBuilder s = new StringBuilder();
        for (MetricRepository.Review r : matches) {
            String result = r.goalsFor() > r.goalsAgainst() ? "a win" : r.goalsFor() == r.goalsAgainst() ? "a draw"
                    : "a loss";
            List<String> behind = new ArrayList<>();
            compare(behind, "shots", r.shots(), r.opponentShots(), 0);
            compare(behind, "shots on target", r.shotsOnTarget(), r.opponentShotsOnTarget(), 0);
            compare(behind, "xG", r.xg(), r.opponentXg(), 2);
            compare(behind, "possession (%)", r.possession(), r.opponentPossession(), 1);
            compare(behind, "pressures", r.pressures(), r.opponentPressures(), 0);
            s.append("In the match of ").append(r.date()).append(" (").append(r.home() ? "vs " : "at ")
                    .append(r.opponent()).append(", ").append(r.goalsFor()).append('-').append(r.goalsAgainst())
                    .append(", ").append(result).append(") ");
            if (behind.isEmpty()) {
                s.append("the opponent did not outdo you on shots, shots on target, xG, possession or pressures");
            } else {
                s.append("the opponent outdid you on ").append(String.join(", ", behind));
            }
            s.append(r.alerts().isEmpty() ? "; no tactical alert was raised.\n"
                    : "; tactical alerts raised: " + r.alerts() + ".\n");
        }
        s.append("This lists where the match data shows the opponent ahead, and the live alerts; it does not judge the plan.")
                .append("\nSource: matches, match_team_statistics, tactical_alerts.");
        return s.toString();
    }

    private static void compare(List<String> behind, String what, Double ours, Double theirs, int decimals) {
        if (ours != null && theirs != null && theirs > ours) {
            behind.add(what + " " + Metric.number(theirs, decimals) + " vs your " + Metric.number(ours, decimals));
        }
    }
}
