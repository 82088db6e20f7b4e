package com.footballcoach.product.imports;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer of an import: the match with the keys of {@code GET /api/matches/{id}}, then what the
 * import did: the provider's match id, how many events it read and stored as rows, which players it
 * created in the opponent's squad, and which bench players of the caller's team (who did not play)
 * it could not match and left out of the lineup.
 */
record ImportedMatch(String id, String homeTeamId, String awayTeamId, String homeTeamName, String awayTeamName,
        @Nullable String eventId, LocalDateTime dateTime, @Nullable String venue, String status, int homeScore,
        int awayScore, @Nullable Integer videoAnchorSeconds, LocalDateTime createdAt, String providerMatchId,
        int eventsRead, int eventsStored, List<String> playersCreated, List<String> playersSkipped) {

    /** The match row, before the import's report is added. */
    record MatchView(String id, String homeTeamId, String awayTeamId, String homeTeamName, String awayTeamName,
            @Nullable String eventId, LocalDateTime dateTime, @Nullable String venue, String status, int homeScore,
            int awayScore, @Nullable Integer videoAnchorSeconds, LocalDateTime createdAt) {

        ImportedMatch with(String providerMatchId, int eventsRead, int eventsStored, List<String> created,
                List<String> skipped) {
            return new ImportedMatch(id, homeTeamId, awayTeamId, homeTeamName, awayTeamName, eventId, dateTime, venue,
                    status, homeScore, awayScore, videoAnchorSeconds, createdAt, providerMatchId, eventsRead,
                    eventsStored, created, skipped);
        }
    }
}
