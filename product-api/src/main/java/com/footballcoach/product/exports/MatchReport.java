package com.footballcoach.product.exports;

import com.footballcoach.platform.alerts.DecisionReview;
import com.footballcoach.product.exports.ExportRepository.MatchHeader;
import com.footballcoach.product.exports.ExportRepository.NoteRow;
import com.footballcoach.product.exports.ExportRepository.SegmentRow;
import com.footballcoach.product.exports.ExportRepository.TeamStats;
import com.footballcoach.product.exports.ExportRepository.TopPlayer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the match report PDF shows. */
record MatchReport(MatchHeader match, @Nullable TeamStats home, @Nullable TeamStats away, List<TopPlayer> topPlayers,
        List<SegmentRow> segments, DecisionReview.Review review, boolean notesIncluded, List<NoteRow> notes) {

    /** Whether the engine analysed the match (segments or alerts): else the report is shorter. */
    boolean analysed() {
        return !segments.isEmpty() || !review.alerts().isEmpty();
    }
}
