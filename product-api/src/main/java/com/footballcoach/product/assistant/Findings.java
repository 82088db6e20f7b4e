package com.footballcoach.product.assistant;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything retrieval found for one question, ready for the context and the local answer. */
record Findings(Intent intent, @Nullable AnalyticsView analytics, int playerWindow,
        List<FootballData.PlayerStats> players, List<FootballData.MatchSummary> matches,
        List<FootballData.TopPerformer> performers, List<FootballData.TeamRecord> records,
        List<TacticalGlossary.Entry> glossary, List<Roster.Formation> formations,
        List<TacticalMemory.Recollection> memory, List<String> leftOut) {
}
