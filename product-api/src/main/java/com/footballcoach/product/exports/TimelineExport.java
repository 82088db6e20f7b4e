package com.footballcoach.product.exports;

import com.footballcoach.product.exports.ExportRepository.MatchHeader;
import com.footballcoach.product.exports.TimelineItem.Source;
import java.util.List;

/**
 * The timeline of one match, ready to write.
 *
 * @param notesIncluded false when the caller may not read notes ({@code notes.read}): the export
 *     then has none, and says so
 */
record TimelineExport(MatchHeader match, boolean notesIncluded, List<TimelineItem> items) {

    long count(Source source) {
        return items.stream().filter(i -> i.source() == source).count();
    }

    long untimed() {
        return items.stream().filter(i -> !i.timed()).count();
    }
}
