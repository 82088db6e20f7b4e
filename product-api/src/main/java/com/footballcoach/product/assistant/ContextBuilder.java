package com.footballcoach.product.assistant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The model's context: titled sections ({@code ### PLAYER_STATS ###}…) in a fixed order, cut at a
 * section boundary to stay within the size limit (3,000 characters by default). What was left out
 * always fits: its section is reserved first.
 */
final class ContextBuilder {

    /** The sections, in the order they appear. */
    static final List<String> ORDER = List.of("ANALYTICS", "PLAYER_STATS", "MATCH_STATS", "TEAM_SUMMARY",
            "TACTICAL_MEMORY", "TACTICAL_KNOWLEDGE", "LEFT_OUT");

    /** The text, and the sections that did not fit. */
    record Context(String text, List<String> omitted) {
    }

    private ContextBuilder() {
    }

    static Context build(Findings findings, int maxChars) {
        Map<String, String> sections = sections(findings);
        String leftOut = sections.containsKey("LEFT_OUT") ? section("LEFT_OUT", sections.get("LEFT_OUT")) : "";
        int room = maxChars - leftOut.length();
        StringBuilder text = new StringBuilder();
        List<String> omitted = new ArrayList<>();
        for (String title : ORDER) {
            if (title.equals("LEFT_OUT") || !sections.containsKey(title)) {
                continue;
            }
            String section = section(title, sections.get(title));
            if (!omitted.isEmpty() || text.length() + section.length() > room) {
                omitted.add(title);
            } else {
                text.append(section);
            }
        }
        if (!omitted.isEmpty()) {
            String note = section("LEFT_OUT", "context size limit: " + String.join(", ", omitted));
            if (leftOut.isEmpty() && text.length() + note.length() <= maxChars) {
                leftOut = note;
            }
        }
        text.append(leftOut);
        return new Context(text.toString().stripTrailing(), omitted);
    }

    private static String section(String title, String body) {
        return "### " + title + " ###\n" + body.strip() + "\n\n";
    }

    private static Map<String, String> sections(Findings f) {
        Map<String, String> sections = new LinkedHashMap<>();
        if (f.analytics() != null) {
            AnalyticsView a = f.analytics();
            StringBuilder s = new StringBuilder("Result of SQL over the club database (source of truth): " + a.metric() + "\n");
            for (AnalyticsView.Row r : a.rows()) {
                s.append(r.rank()).append(". ").append(r.name())
                        .append(r.teamName() == null ? "" : " [" + r.teamName() + "]")
                        .append(": ").append(num(r.value()));
                if (r.recentMean() != null) {
                    s.append(" (last 5: ").append(num(r.recentMean())).append(", previous 5: ")
                            .append(num(r.previousMean())).append(")");
                } else if (r.previousMean() != null) {
                    s.append(" (team average ").append(num(r.previousMean())).append(")");
                }
                s.append(", ").append(r.matches()).append(" matches\n");
            }
            if (a.leftOutCount() > 0) {
                s.append("Left out: ").append(a.leftOutCount()).append(" (").append(a.leftOutReason()).append(")\n");
            }
            sections.put("ANALYTICS", s.toString());
        }
        if (!f.players().isEmpty()) {
            StringBuilder s = new StringBuilder();
            for (FootballData.PlayerStats p : f.players()) {
                s.append(LocalAnswerComposer.playerLine(p)).append('\n');
            }
            sections.put("PLAYER_STATS", s.toString());
        }
        if (!f.matches().isEmpty()) {
            StringBuilder s = new StringBuilder();
            for (FootballData.MatchSummary m : f.matches()) {
                s.append(LocalAnswerComposer.matchLine(m, f.performers())).append('\n');
            }
            sections.put("MATCH_STATS", s.toString());
        }
        if (!f.records().isEmpty()) {
            StringBuilder s = new StringBuilder();
            f.records().forEach(r -> s.append(LocalAnswerComposer.recordLine(r)).append('\n'));
            sections.put("TEAM_SUMMARY", s.toString());
        }
        List<TacticalMemory.Recollection> memory = new ArrayList<>(f.memory());
        if (f.analytics() != null) {
            memory.addAll(f.analytics().memory());
        }
        if (!memory.isEmpty()) {
            StringBuilder s = new StringBuilder();
            memory.forEach(m -> s.append(LocalAnswerComposer.memoryLine(m)).append('\n'));
            sections.put("TACTICAL_MEMORY", s.toString());
        }
        if (!f.glossary().isEmpty() || !f.formations().isEmpty()) {
            StringBuilder s = new StringBuilder();
            f.glossary().forEach(g -> s.append(g.term()).append(": ").append(g.definition()).append('\n'));
            f.formations().forEach(fm -> s.append(fm.name()).append(": ")
                    .append(fm.description() == null ? "no description" : fm.description()).append('\n'));
            sections.put("TACTICAL_KNOWLEDGE", s.toString());
        }
        if (!f.leftOut().isEmpty()) {
            sections.put("LEFT_OUT", String.join("\n", f.leftOut()));
        }
        return sections;
    }

    static String num(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0$", "");
    }
}
