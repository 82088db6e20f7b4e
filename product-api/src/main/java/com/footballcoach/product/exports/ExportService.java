package com.footballcoach.product.exports;

import com.footballcoach.platform.alerts.DecisionReview;
import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.identity.Permission;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.NotFound;
import com.footballcoach.product.exports.ExportRepository.MatchHeader;
import com.footballcoach.product.exports.ExportRepository.NoteRow;
import com.footballcoach.product.exports.ExportRepository.TeamStats;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what an export shows, in one read-only transaction that ends before anything is written
 * to the client (a slow download never holds a database connection). Notes are left out for
 * callers without {@code notes.read}, as on {@code GET /api/matches/{id}/notes}.
 */
@Service
class ExportService {

    static final int TOP_PLAYERS = 5;

    private final ExportRepository exports;
    private final ClubScope scope;
    private final DecisionReview decisions;

    ExportService(ExportRepository exports, ClubScope scope, DecisionReview decisions) {
        this.exports = exports;
        this.scope = scope;
        this.decisions = decisions;
    }

    @Transactional(readOnly = true)
    TimelineExport timeline(CurrentUser user, String matchId) {
        MatchHeader match = requireMatch(user, matchId);
        boolean notesIncluded = user.can(Permission.NOTES_READ);
        List<NoteRow> notes = notesIncluded ? exports.findAllNotes(matchId) : List.of();
        return new TimelineExport(match, notesIncluded, Timeline.of(match.videoAnchorSeconds(),
                decisions.review(user, matchId).alerts(), exports.findAllSegments(matchId), notes,
                exports.findAllEvents(matchId)));
    }

    @Transactional(readOnly = true)
    MatchReport report(CurrentUser user, String matchId) {
        MatchHeader match = requireMatch(user, matchId);
        List<TeamStats> statistics = exports.findAllTeamStatistics(matchId);
        boolean notesIncluded = user.can(Permission.NOTES_READ);
        return new MatchReport(match, side(statistics, match.homeTeamId()), side(statistics, match.awayTeamId()),
                exports.findTopPlayers(matchId, TOP_PLAYERS), exports.findAllSegments(matchId),
                decisions.review(user, matchId), notesIncluded,
                notesIncluded ? exports.findAllNotes(matchId) : List.of());
    }

    /** The match, when one of its sides is a team of the caller; else 404 (ids of other clubs cannot be probed). */
    private MatchHeader requireMatch(CurrentUser user, String matchId) {
        return exports.findMatch(matchId)
                .filter(m -> scope.sees(user, m.homeTeamId(), m.homeOwner()) || scope.sees(user, m.awayTeamId(),
                        m.awayOwner()))
                .orElseThrow(() -> new NotFound("Match"));
    }

    private static @Nullable TeamStats side(List<TeamStats> statistics, String teamId) {
        return statistics.stream().filter(s -> s.teamId().equals(teamId)).findFirst().orElse(null);
    }
}
