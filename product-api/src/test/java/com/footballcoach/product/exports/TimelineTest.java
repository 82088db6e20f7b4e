package com.footballcoach.product.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.alerts.DecisionReview;
import com.footballcoach.product.exports.ExportRepository.EventRow;
import com.footballcoach.product.exports.ExportRepository.MatchHeader;
import com.footballcoach.product.exports.ExportRepository.NoteRow;
import com.footballcoach.product.exports.ExportRepository.SegmentRow;
import com.footballcoach.product.exports.TimelineItem.Label;
import com.footballcoach.product.exports.TimelineItem.Source;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The timeline model and its three files, without Spring. */
class TimelineTest {

    static final DecisionReview.Entry ALERT = new DecisionReview.Entry("A-1", "D-1", 754.0, "12:34", "PRESSING_ADJUSTMENT",
            "PRESSING", 0.82, "HIGH", "=Push the line up", false, null, "accepted", "effective", 0.82, 0.41, 3);
    static final SegmentRow SEGMENT = new SegmentRow(3, 45.0, 60.0, 0.9, "CRITICAL", "Close the gap",
            List.of("stretched_block", "space_between_lines"));
    static final NoteRow NOTE = new NoteRow("n1", "tactical", "Line 1\u0001 \"quoted\", with comma\nand a new line",
            1300, "Łukasz Żurek");
    static final EventRow GOAL = new EventRow("e1", "goal", 23, 1385.5, "Дмитрий Иванов", 9, "Müller FC");
    static final EventRow CARD = new EventRow("e2", "yellow_card", 60, null, "Martin Ødegaard", 8, "Müller FC");

    private static List<TimelineItem> timeline(Integer anchor) {
        return Timeline.of(anchor, List.of(ALERT), List.of(SEGMENT), List.of(NOTE), List.of(GOAL, CARD));
    }

    @Test
    void alertsAndSegmentsTakeTheVideoAnchorAndWithoutOneSayTheyHaveNoVideoTime() {
        List<TimelineItem> anchored = timeline(30);
        TimelineItem alert = anchored.get(0);
        assertThat(alert.source()).isEqualTo(Source.ALERT);
        assertThat(alert.code()).isEqualTo("PRESSING");
        assertThat(alert.start()).isEqualTo(30 + 754 - Timeline.ALERT_BEFORE);
        assertThat(alert.end()).isEqualTo(30 + 754 + Timeline.ALERT_AFTER);
        assertThat(alert.labels()).contains(new Label("Severity", "HIGH 0.82"),
                new Label("Decision type", "PRESSING_ADJUSTMENT"), new Label("Coach feedback", "accepted"),
                new Label("Effect", "effective"));
        TimelineItem segment = anchored.get(1);
        assertThat(segment.code()).isEqualTo("Segment");
        assertThat(segment.start()).isEqualTo(75.0);
        assertThat(segment.end()).isEqualTo(90.0);
        assertThat(segment.labels()).contains(new Label("Severity", "CRITICAL"), new Label("Tag", "stretched_block"),
                new Label("Tag", "space_between_lines"));

        List<TimelineItem> unanchored = timeline(null);
        assertThat(unanchored.get(0).timed()).isFalse();
        assertThat(unanchored.get(0).matchSeconds()).isEqualTo(754.0);
        assertThat(unanchored.get(0).noVideoTime()).contains("No video anchor", "12:34");
        assertThat(unanchored.get(1).timed()).isFalse();
        // notes and events keep their own video timestamps; an event with only a minute has none
        assertThat(unanchored.get(2).start()).isEqualTo(1290.0);
        assertThat(unanchored.get(3).start()).isEqualTo(1375.5);
        assertThat(unanchored.get(4).timed()).isFalse();
        assertThat(unanchored.get(4).noVideoTime()).contains("minute 60");
        assertThat(unanchored).extracting(TimelineItem::id).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void theXmlValidatesAgainstTheSchemaAndHoldsEveryInstanceWithItsColour() throws Exception {
        for (Integer anchor : new Integer[] {null, 0, 30}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new TimelineWriters(JsonMapper.builder().build()).write(TimelineFormat.XML, export(anchor), out);

            TimelineFiles.validate(out.toByteArray());
            Document xml = TimelineFiles.parse(out.toByteArray());
            assertThat(TimelineFiles.sources(xml)).containsEntry("Alert", 1).containsEntry("Segment", 1)
                    .containsEntry("Note", 1).containsEntry("Event", 2);
            assertThat(xml.getElementsByTagName("row").getLength()).isEqualTo(5);
            int untimed = ((Element) xml.getElementsByTagName("UNTIMED_INSTANCES").item(0))
                    .getElementsByTagName("instance").getLength();
            assertThat(untimed).isEqualTo(anchor == null ? 3 : 1);
            // the control character of the note is dropped, the rest kept
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Line 1 \"quoted\"", "Дмитрий Иванов")
                    .doesNotContain("\u0001");
        }
    }

    @Test
    void aBrokenDocumentFailsTheSchemaCheck() {
        byte[] missingEnd = """
                <file><ALL_INSTANCES><instance><ID>1</ID><start>1</start><code>X</code></instance></ALL_INSTANCES>
                <ROWS/></file>""".getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimelineFiles.validate(missingEnd))
                .hasMessageContaining("code");
    }

    @Test
    void theCsvParsesWithOneRowPerInstanceAndNoFormulaCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TimelineWriters(JsonMapper.builder().build()).write(TimelineFormat.CSV, export(30), out);

        List<CSVRecord> rows = TimelineFiles.csv(out.toString(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(TimelineWriters.CSV_HEADER);
        assertThat(rows.get(0).get("code")).isEqualTo("PRESSING");
        assertThat(rows.get(0).get("start")).isEqualTo("769");
        assertThat(rows.get(0).get("coach_feedback")).isEqualTo("accepted");
        assertThat(rows.get(0).get("free_text")).startsWith("A-1 at 12:34: =Push");
        assertThat(rows.get(1).get("tag")).isEqualTo("stretched_block; space_between_lines");
        assertThat(rows.get(2).get("free_text")).isEqualTo(NOTE.content());
        assertThat(rows.get(2).get("author")).isEqualTo("Łukasz Żurek");
        assertThat(rows.get(3).get("player")).isEqualTo("Дмитрий Иванов (#9)");
        assertThat(rows.get(4).get("start")).isEmpty();
        assertThat(rows.get(4).get("no_video_time")).contains("minute 60");
        assertThat(TimelineWriters.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(TimelineWriters.cell("@SUM(A1)")).startsWith("'");
        assertThat(TimelineWriters.cell("Plain")).isEqualTo("Plain");
    }

    @Test
    void theJsonHasTheSameModel() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TimelineWriters(JsonMapper.builder().build()).write(TimelineFormat.JSON, export(null), out);

        JsonNode json = JsonMapper.builder().build().readTree(out.toByteArray());
        assertThat(json.get("instances")).hasSize(5);
        assertThat(json.get("instances").get(0).get("start").isNull()).isTrue();
        assertThat(json.get("instances").get(0).get("match_seconds").asDouble()).isEqualTo(754.0);
        assertThat(json.get("instances").get(3).get("start").asDouble()).isEqualTo(1375.5);
        assertThat(json.get("counts").get("events").asInt()).isEqualTo(2);
        assertThat(json.get("counts").get("without_video_time").asInt()).isEqualTo(3);
        assertThat(json.get("match").get("video_anchor_seconds").isNull()).isTrue();
        assertThat(json.get("codes")).hasSize(5);
    }

    @Test
    void fileNamesAreAsciiSlugsOfTheTeams() {
        MatchHeader match = header(null);
        assertThat(ExportController.fileName(match, "timeline", "xml"))
                .isEqualTo("2026-03-19_atletico-demo_vs_team_timeline.xml");
        assertThat(ExportController.slug("Ødegaard United")).isEqualTo("degaard-united");
        assertThat(ExportController.slug("Müller / SV")).isEqualTo("muller-sv");
    }

    static TimelineExport export(Integer anchor) {
        return new TimelineExport(header(anchor), true, timeline(anchor));
    }

    static MatchHeader header(Integer anchor) {
        return new MatchHeader("m1", LocalDateTime.of(2026, 3, 19, 18, 30), "Estadio", "completed", "h", "Atlético Demo",
                "o", "a", "Дмитров", "o", 2, 1, anchor, "Demo League");
    }
}
