package com.footballcoach.product.exports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One instance of the timeline: where it comes from, its code, its window in seconds of the match
 * video ({@code start}/{@code end}, both null when it has no video time, then {@code noVideoTime}
 * says why), the match second it belongs to when known, its labels and its free text.
 */
record TimelineItem(int id, Source source, String code, @Nullable Double start, @Nullable Double end,
        @Nullable Double matchSeconds, @Nullable String noVideoTime, List<Label> labels, String freeText) {

    /** Where an instance comes from; {@code label} is the text of its "Source" label. */
    enum Source {
        ALERT("Alert"), SEGMENT("Segment"), NOTE("Note"), EVENT("Event");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** A Sportscode label: a group and a text. */
    record Label(String group, String text) {
    }

    boolean timed() {
        return start != null && end != null;
    }
}
