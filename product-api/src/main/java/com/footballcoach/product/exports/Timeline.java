package com.footballcoach.product.exports;

import com.footballcoach.platform.alerts.DecisionReview;
import com.footballcoach.product.exports.ExportRepository.EventRow;
import com.footballcoach.product.exports.ExportRepository.NoteRow;
import com.footballcoach.product.exports.ExportRepository.SegmentRow;
import com.footballcoach.product.exports.TimelineItem.Label;
import com.footballcoach.product.exports.TimelineItem.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the match's rows into timeline instances, in this order: alerts, segments, notes, events,
 * each in time order. Video times:
 * <ul>
 * <li>alerts and segments carry the engine's match seconds; their video time is the match's video
 * anchor plus those seconds (an alert gets a window of {@value #ALERT_BEFORE} s before to
 * {@value #ALERT_AFTER} s after its match time). Without an anchor they have no video time;</li>
 * <li>notes and events carry their own video timestamp (a window of {@value #POINT_BEFORE} s
 * before to {@value #POINT_AFTER} s after it); an event with only a match minute has no video time
 * (a minute does not say where in the video it is: the half-time break is not known).</li>
 * </ul>
 * Nothing is invented: an instance without a video time says why in {@code no_video_time}.
 */
final class Timeline {

    static final double ALERT_BEFORE = 15;
    static final double ALERT_AFTER = 15;
    static final double POINT_BEFORE = 10;
    static final double POINT_AFTER = 10;

    static final String SOURCE = "Source";
    static final String SEVERITY = "Severity";
    static final String DECISION_TYPE = "Decision type";
    static final String FEEDBACK = "Coach feedback";
    static final String EFFECT = "Effect";
    static final String TAG = "Tag";
    static final String PLAYER = "Player";
    static final String TEAM = "Team";
    static final String AUTHOR = "Author";

    /** The label groups in the order of the CSV columns. */
    static final List<String> GROUPS = List.of(SEVERITY, DECISION_TYPE, FEEDBACK, EFFECT, TAG, PLAYER, TEAM, AUTHOR);

    /** A code's colour, 0–255 per channel (the XML writes Sportscode's 0–65535). */
    record Colour(int r, int g, int b) {
    }

    private static final Map<String, Colour> COLOURS = Map.ofEntries(
            Map.entry("PRESSING", new Colour(230, 81, 0)), Map.entry("COMPACTNESS", new Colour(198, 40, 40)),
            Map.entry("FLANK", new Colour(106, 27, 154)), Map.entry("FATIGUE", new Colour(0, 131, 143)),
            Map.entry("TRANSITION", new Colour(173, 20, 87)), Map.entry("Segment", new Colour(69, 90, 100)),
            Map.entry("pre_match", new Colour(121, 134, 203)), Map.entry("live_reaction", new Colour(255, 179, 0)),
            Map.entry("tactical", new Colour(57, 73, 171)), Map.entry("goal", new Colour(46, 125, 50)),
            Map.entry("assist", new Colour(124, 179, 66)), Map.entry("yellow_card", new Colour(251, 192, 45)),
            Map.entry("red_card", new Colour(211, 47, 47)), Map.entry("sub_in", new Colour(2, 136, 209)),
            Map.entry("sub_out", new Colour(144, 164, 174)), Map.entry("pass", new Colour(176, 190, 197)));

    private static final List<Colour> OTHERS = List.of(new Colour(93, 64, 55), new Colour(0, 105, 92),
            new Colour(48, 63, 159), new Colour(194, 24, 91), new Colour(85, 139, 47), new Colour(239, 108, 0));

    private final @Nullable Integer anchor;
    private final List<TimelineItem> items = new ArrayList<>();

    private Timeline(@Nullable Integer anchor) {
        this.anchor = anchor;
    }

    /** The instances of a match, numbered from 1. */
    static List<TimelineItem> of(@Nullable Integer videoAnchorSeconds, List<DecisionReview.Entry> alerts,
            List<SegmentRow> segments, List<NoteRow> notes, List<EventRow> events) {
        Timeline timeline = new Timeline(videoAnchorSeconds);
        alerts.forEach(timeline::alert);
        segments.forEach(timeline::segment);
        notes.forEach(timeline::note);
        events.forEach(timeline::event);
        return List.copyOf(timeline.items);
    }

    /** The colour of each code used, in order of first use. */
    static Map<String, Colour> colours(List<TimelineItem> items) {
        Map<String, Colour> colours = new LinkedHashMap<>();
        items.forEach(i -> colours.computeIfAbsent(i.code(), Timeline::colour));
        return colours;
    }

    static Colour colour(String code) {
        Colour known = COLOURS.get(code);
        return known != null ? known : OTHERS.get(Math.floorMod(code.hashCode(), OTHERS.size()));
    }

    private void alert(DecisionReview.Entry a) {
        List<Label> labels = labels(Source.ALERT);
        labels.add(new Label(SEVERITY, a.severityLabel() + " " + String.format(Locale.ROOT, "%.2f", a.severityScore())));
        labels.add(new Label(DECISION_TYPE, a.decisionType()));
        labels.add(new Label(FEEDBACK, a.decision()));
        labels.add(new Label(EFFECT, a.effect()));
        String text = a.alertId() + (a.matchTime() == null ? "" : " at " + clock(a.matchTime()))
                + (a.recommendedAction() == null || a.recommendedAction().isBlank() ? "" : ": " + a.recommendedAction())
                + (a.suppressed() ? " (suppressed: " + a.suppressedReason() + ")" : "");
        String code = a.category().isBlank() ? "ALERT" : a.category();
        Double time = a.matchTime();
        if (time == null) {
            add(Source.ALERT, code, null, null, null, "The alert has no match time.", labels, text);
        } else if (anchor == null) {
            add(Source.ALERT, code, null, null, time, noAnchor(time), labels, text);
        } else {
            double video = anchor + time;
            add(Source.ALERT, code, Math.max(0, video - ALERT_BEFORE), video + ALERT_AFTER, time, null, labels, text);
        }
    }

    private void segment(SegmentRow s) {
        List<Label> labels = labels(Source.SEGMENT);
        if (s.severityLabel() != null) {
            labels.add(new Label(SEVERITY, s.severityLabel()));
        }
        s.tags().forEach(tag -> labels.add(new Label(TAG, tag)));
        String text = "Segment " + s.index()
                + (s.startSec() == null || s.endSec() == null ? "" : " (" + clock(s.startSec()) + "–" + clock(s.endSec()) + ")")
                + (s.recommendation() == null || s.recommendation().isBlank() ? "" : ": " + s.recommendation());
        if (s.startSec() == null || s.endSec() == null) {
            add(Source.SEGMENT, "Segment", null, null, s.startSec(), "The segment has no start or end second.", labels,
                    text);
        } else if (anchor == null) {
            add(Source.SEGMENT, "Segment", null, null, s.startSec(), noAnchor(s.startSec()), labels, text);
        } else {
            add(Source.SEGMENT, "Segment", anchor + s.startSec(), anchor + Math.max(s.startSec(), s.endSec()),
                    s.startSec(), null, labels, text);
        }
    }

    private void note(NoteRow n) {
        List<Label> labels = labels(Source.NOTE);
        if (n.author() != null) {
            labels.add(new Label(AUTHOR, n.author()));
        }
        double at = n.videoTimestamp();
        add(Source.NOTE, n.noteType(), Math.max(0, at - POINT_BEFORE), at + POINT_AFTER, null, null, labels, n.content());
    }

    private void event(EventRow e) {
        List<Label> labels = labels(Source.EVENT);
        String player = e.player() == null ? null : e.player() + (e.jersey() == null ? "" : " (#" + e.jersey() + ")");
        if (player != null) {
            labels.add(new Label(PLAYER, player));
        }
        if (e.team() != null) {
            labels.add(new Label(TEAM, e.team()));
        }
        String text = e.minute() + "' " + e.eventType() + (player == null ? "" : " " + player)
                + (e.team() == null ? "" : ", " + e.team());
        Double at = e.videoTimestamp();
        if (at == null) {
            add(Source.EVENT, e.eventType(), null, null, null,
                    "The event has no video timestamp, only the match minute " + e.minute() + ".", labels, text);
        } else {
            add(Source.EVENT, e.eventType(), Math.max(0, at - POINT_BEFORE), at + POINT_AFTER, null, null, labels,
                    text);
        }
    }

    private static List<Label> labels(Source source) {
        List<Label> labels = new ArrayList<>();
        labels.add(new Label(SOURCE, source.label()));
        return labels;
    }

    private void add(Source source, String code, @Nullable Double start, @Nullable Double end,
            @Nullable Double matchSeconds, @Nullable String noVideoTime, List<Label> labels, String text) {
        items.add(new TimelineItem(items.size() + 1, source, code, start, end, matchSeconds, noVideoTime,
                List.copyOf(labels), text));
    }

    private static String noAnchor(double matchSeconds) {
        return "No video anchor is set for the match; match time " + clock(matchSeconds) + ".";
    }

    /** Seconds as {@code MM:SS}. */
    static String clock(double seconds) {
        long whole = Math.max(0, Math.round(seconds));
        return String.format(Locale.ROOT, "%02d:%02d", whole / 60, whole % 60);
    }
}
