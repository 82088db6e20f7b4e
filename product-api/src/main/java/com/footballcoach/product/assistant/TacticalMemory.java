package com.footballcoach.product.assistant;

import com.footballcoach.product.assistant.InsightRepository.Insight;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the assistant found before about the same players or formations (last 90 days by
 * default), one line per subject and kind of finding, with a consistency score (the share of
 * positive windows: trends up, formations above the team's average) once there are 3 or more.
 */
final class TacticalMemory {

    static final int CONSISTENCY_MIN = 3;

    private TacticalMemory() {
    }

    /** The recollection of one subject. */
    record Recollection(String subjectType, String subjectId, String subjectName, String insightType, int findings,
            String latestSummary, @Nullable Double consistency, List<String> insightIds) {
    }

    static List<Recollection> recall(List<Insight> insights) {
        Map<String, List<Insight>> bySubject = new LinkedHashMap<>();
        for (Insight insight : insights) {
            bySubject.computeIfAbsent(insight.subjectType() + "|" + insight.subjectId() + "|" + insight.insightType(),
                    k -> new ArrayList<>()).add(insight);
        }
        List<Recollection> recollections = new ArrayList<>();
        for (List<Insight> group : bySubject.values()) {
            Insight latest = group.get(0);
            List<Double> deltas = group.stream().map(Insight::delta).filter(d -> d != null).toList();
            Double consistency = deltas.size() >= CONSISTENCY_MIN
                    ? deltas.stream().filter(d -> d > 0).count() / (double) deltas.size() : null;
            recollections.add(new Recollection(latest.subjectType(), latest.subjectId(), latest.subjectName(),
                    latest.insightType(), group.size(), latest.summary(), consistency,
                    group.stream().map(Insight::id).toList()));
        }
        return recollections;
    }
}
