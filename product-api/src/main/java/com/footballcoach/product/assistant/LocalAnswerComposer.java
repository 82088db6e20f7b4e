package com.footballcoach.product.assistant;

import static com.footballcoach.product.assistant.ContextBuilder.num;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The local "model": a deterministic answer composed from what retrieval and the analytics found.
 * Every number in it is a number from SQL; nothing is generated. It is also the fallback of a
 * remote model that fails.
 */
final class LocalAnswerComposer {

    private LocalAnswerComposer() {
    }

    static String compose(Findings f, Roster roster) {
        StringBuilder answer = new StringBuilder(switch (f.intent()) {
            case ANALYTICAL -> analytics(f);
            case PLAYER_STATS -> players(f);
            case TACTICAL_KNOWLEDGE -> knowledge(f);
            case MATCH_STATS -> matches(f);
            case TEAM_SUMMARY -> team(f);
            case GENERAL -> general(f, roster);
            // the metric layer words its own answers (MetricAnswers)
            case METRIC, ADVICE, REVIEW, REFUSAL -> general(f, roster);
        });
        List<TacticalMemory.Recollection> memory = f.analytics() == null ? f.memory() : f.analytics().memory();
        if (!memory.isEmpty()) {
            answer.append("\nEarlier findings (last 90 days): ")
                    .append(memory.stream().limit(3).map(LocalAnswerComposer::memoryLine).collect(Collectors.joining(" ")));
        }
        if (!f.leftOut().isEmpty()) {
            answer.append("\nLeft out of this answer: ").append(String.join("; ", f.leftOut())).append('.');
        }
        return answer.toString().strip();
    }

    private static String analytics(Findings f) {
        AnalyticsView a = f.analytics();
        if (a == null) {
            return "The analysis could not be completed in time, so I have no figures for it.";
        }
        StringBuilder s = new StringBuilder();
        switch (a.kind()) {
            case "sprint_trend" -> {
                if (!a.rows().isEmpty()) {
                    AnalyticsView.Row top = a.rows().get(0);
                    s.append(top.name()).append(" improved sprint intensity the most: ").append(signed(top.value()))
                            .append(" sprints per match (").append(num(top.recentMean())).append(" in the last 5 matches vs ")
                            .append(num(top.previousMean())).append(" in the 5 before).\n");
                }
                s.append("Top improving players by sprint intensity (average sprints in the last 5 matches minus the previous 5):");
                if (a.rows().isEmpty()) {
                    s.append(" no player has played the 10 matches a trend needs.");
                }
                for (AnalyticsView.Row r : a.rows()) {
                    s.append("\n").append(r.rank()).append(". ").append(r.name()).append(": ")
                            .append(signed(r.value())).append(" (").append(num(r.recentMean())).append(" vs ")
                            .append(num(r.previousMean())).append(" sprints per match, ").append(r.matches())
                            .append(" matches)");
                }
                if (a.leftOutCount() > 0) {
                    s.append("\n").append(a.leftOutCount()).append(a.leftOutCount() == 1 ? " player was" : " players were")
                            .append(" left out because they played fewer than 10 matches");
                    s.append(a.leftOut().isEmpty() ? "." : ", for example " + String.join(", ", a.leftOut()) + ".");
                }
            }
            case "top_rating" -> {
                if (!a.rows().isEmpty()) {
                    AnalyticsView.Row top = a.rows().get(0);
                    s.append(top.name()).append(" had the highest average rating over the last ").append(a.lastMatches())
                            .append(a.lastMatches() != null && a.lastMatches() == 1 ? " match: " : " matches: ")
                            .append(String.format(Locale.ROOT, "%.2f", top.value())).append(".\n");
                }
                s.append("Highest average rating over the last ").append(a.lastMatches())
                        .append(a.lastMatches() != null && a.lastMatches() == 1 ? " match:" : " matches:");
                if (a.rows().isEmpty()) {
                    s.append(" no rated appearances yet.");
                }
                for (AnalyticsView.Row r : a.rows()) {
                    s.append("\n").append(r.rank()).append(". ").append(r.name())
                            .append(r.teamName() == null ? "" : " (" + r.teamName() + ")").append(": ")
                            .append(String.format(Locale.ROOT, "%.2f", r.value())).append(" in ").append(r.matches())
                            .append(r.matches() == 1 ? " match" : " matches");
                }
            }
            default -> {
                if (!a.rows().isEmpty()) {
                    AnalyticsView.Row top = a.rows().get(0);
                    s.append(top.teamName()).append("'s best pressing formation is ").append(top.name()).append(": ")
                            .append(num(top.value())).append(" pressures of the starting XI per match over ")
                            .append(top.matches()).append(top.matches() == 1 ? " match" : " matches").append(".\n");
                }
                s.append("Best pressing formations, by pressures of the starting XI per match:");
                if (a.rows().isEmpty()) {
                    s.append(" no completed match has line-ups with formations yet.");
                }
                String team = "";
                for (AnalyticsView.Row r : a.rows()) {
                    if (!r.teamId().equals(team)) {
                        team = r.teamId();
                        s.append("\n").append(r.teamName()).append(" (average ").append(num(r.previousMean())).append("):");
                    }
                    s.append("\n").append(r.rank()).append(". ").append(r.name()).append(": ").append(num(r.value()))
                            .append(" over ").append(r.matches()).append(r.matches() == 1 ? " match" : " matches")
                            .append(" (").append(signed(r.delta())).append(")");
                }
                if (a.leftOutCount() > 0) {
                    s.append("\nNot shown: ").append(String.join(", ", a.leftOut())).append(" (")
                            .append(a.leftOutReason()).append(").");
                }
            }
        }
        return s.toString();
    }

    private static String players(Findings f) {
        if (f.players().isEmpty()) {
            return "I found no statistics for that player in your teams.";
        }
        return f.players().stream().map(LocalAnswerComposer::playerLine).collect(Collectors.joining("\n"));
    }

    private static String knowledge(Findings f) {
        StringBuilder s = new StringBuilder();
        f.glossary().forEach(g -> s.append(capitalise(g.term())).append(": ").append(g.definition()).append('\n'));
        f.formations().forEach(fm -> s.append(fm.name()).append(": ")
                .append(fm.description() == null ? "no description on file." : fm.description()).append('\n'));
        return s.isEmpty() ? "That term is not in my tactical glossary, so I would rather not guess." : s.toString();
    }

    private static String matches(Findings f) {
        if (f.matches().isEmpty()) {
            return "I found no completed match of your teams for that.";
        }
        StringBuilder s = new StringBuilder();
        f.matches().forEach(m -> s.append(matchLine(m, f.performers())).append('\n'));
        int total = f.matches().get(0).totalMatching();
        if (total > f.matches().size()) {
            s.append("(the latest ").append(f.matches().size()).append(" of ").append(total).append(" matches)");
        }
        return s.toString();
    }

    private static String team(Findings f) {
        StringBuilder s = new StringBuilder();
        f.records().forEach(r -> s.append(recordLine(r)).append('\n'));
        if (!f.matches().isEmpty()) {
            s.append("Latest: ").append(f.matches().stream().map(FootballData.MatchSummary::label)
                    .collect(Collectors.joining("; ")));
        }
        return s.isEmpty() ? "Your teams have no completed matches yet." : s.toString();
    }

    private static String general(Findings f, Roster roster) {
        StringBuilder s = new StringBuilder("I answer from your club's data: player statistics (\"How did Mateo Rivas play?\"), "
                + "matches (\"How did we do in the last match?\"), trends (\"Which players are improving their sprint "
                + "intensity?\"), ratings (\"Who was our best player in the last 5 matches?\"), pressing formations, "
                + "and tactical terms (\"What is gegenpressing?\").");
        if (!roster.teams().isEmpty()) {
            s.append("\nYour teams: ").append(roster.teams().stream().map(Roster.Team::name).collect(Collectors.joining(", ")))
                    .append('.');
        }
        f.records().stream().limit(3).forEach(r -> s.append('\n').append(recordLine(r)));
        return s.toString();
    }

    static String playerLine(FootballData.PlayerStats p) {
        StringBuilder s = new StringBuilder(p.name()).append(" (");
        if (p.jerseyNumber() != null) {
            s.append('#').append(p.jerseyNumber()).append(", ");
        }
        if (p.position() != null) {
            s.append(p.position()).append(", ");
        }
        s.append(p.teamName()).append(")");
        if (p.matches() == 0) {
            return s.append(": no completed match with minutes yet.").toString();
        }
        s.append(", last ").append(p.matches()).append(p.matches() == 1 ? " match: " : " matches: ");
        if (p.rating() != null) {
            s.append("average rating ").append(String.format(Locale.ROOT, "%.2f", p.rating())).append(", ");
        }
        return s.append(String.format(Locale.ROOT, "%.1f sprints, %.1f pressures and %.2f km per match; ",
                        p.sprints(), p.pressures(), p.distanceKm()))
                .append(p.shots()).append(" shots, ").append(p.passes()).append(" passes and ").append(p.tackles())
                .append(" tackles in ").append(p.minutes()).append(" minutes.").toString();
    }

    static String matchLine(FootballData.MatchSummary m, List<FootballData.TopPerformer> performers) {
        StringBuilder s = new StringBuilder(m.label());
        if (!"completed".equals(m.status())) {
            s.append(" (").append(m.status()).append(")");
        } else {
            boolean home = m.teamName().equals(m.homeTeam());
            int us = home ? m.homeScore() : m.awayScore();
            int them = home ? m.awayScore() : m.homeScore();
            s.append(us > them ? " (win)" : us == them ? " (draw)" : " (loss)");
        }
        StringBuilder stats = new StringBuilder();
        if (m.possession() != null) {
            stats.append("possession ").append(num(m.possession())).append("%, ");
        }
        if (m.expectedGoals() != null) {
            stats.append("xG ").append(num(m.expectedGoals())).append(", ");
        }
        if (m.shots() != null) {
            stats.append(m.shots()).append(" shots, ");
        }
        if (m.pressures() != null) {
            stats.append(m.pressures()).append(" pressures, ");
        }
        if (!stats.isEmpty()) {
            s.append(": ").append(m.teamName()).append(" ").append(stats, 0, stats.length() - 2);
        }
        performers.stream().filter(p -> p.matchId().equals(m.matchId())).findFirst()
                .ifPresent(p -> s.append("; best rated ").append(p.name()).append(" ").append(num(p.rating())));
        return s.append('.').toString();
    }

    static String recordLine(FootballData.TeamRecord r) {
        return r.teamName() + ": " + r.played() + " completed matches, " + r.won() + " won, " + r.drawn() + " drawn, "
                + r.lost() + " lost, goals " + r.goalsFor() + "-" + r.goalsAgainst() + ".";
    }

    static String memoryLine(TacticalMemory.Recollection m) {
        String kind = m.insightType().replace('_', ' ');
        String base = m.subjectName() + ": " + m.findings() + " earlier " + kind + (m.findings() == 1 ? " finding" : " findings");
        if (m.consistency() != null) {
            base += String.format(Locale.ROOT, ", consistency %.0f%% positive", m.consistency() * 100);
        }
        return base + ".";
    }

    private static String signed(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%+.2f", value);
    }

    private static String capitalise(String term) {
        return Character.toUpperCase(term.charAt(0)) + term.substring(1);
    }
}
