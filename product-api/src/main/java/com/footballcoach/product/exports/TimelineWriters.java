package com.footballcoach.product.exports;

import com.footballcoach.product.exports.ExportRepository.MatchHeader;
import com.footballcoach.product.exports.Timeline.Colour;
import com.footballcoach.product.exports.TimelineItem.Label;
import com.footballcoach.product.exports.TimelineItem.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a timeline to an output stream instance by instance, never as a whole document in
 * memory: XML with StAX in the Sportscode timeline shape ({@code exports/sportscode-timeline.xsd}),
 * CSV (RFC 4180) and JSON with a streaming generator.
 */
@Component
class TimelineWriters {

    /** The CSV columns: the instance, then one column per label group, then the free text. */
    static final List<String> CSV_HEADER = csvHeader();

    private final JsonMapper json;

    TimelineWriters(JsonMapper json) {
        this.json = json;
    }

    void write(TimelineFormat format, TimelineExport export, OutputStream out) throws IOException {
        switch (format) {
            case XML -> xml(export, out);
            case CSV -> csv(export, out);
            case JSON -> json(export, out);
        }
    }

    private static void xml(TimelineExport export, OutputStream out) throws IOException {
        try {
            // a factory per document: the JDK does not promise a shared one is thread-safe
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            MatchHeader m = export.match();
            xml.writeComment(" " + xmlText(m.homeTeam() + " " + m.homeScore() + "-" + m.awayScore() + " " + m.awayTeam()
                    + ", " + m.dateTime() + ". Times in seconds of the match video. "
                    + (export.notesIncluded() ? "" : "Notes left out: the caller may not read notes. "))
                    .replace("--", "- -"));
            xml.writeCharacters("\n");
            xml.writeStartElement("file");
            xml.writeStartElement("SESSION_INFO");
            element(xml, "start_time", m.dateTime().toString());
            xml.writeEndElement();
            xml.writeStartElement("ALL_INSTANCES");
            xml.writeCharacters("\n");
            for (TimelineItem item : export.items()) {
                if (item.timed()) {
                    instance(xml, item);
                }
            }
            xml.writeEndElement();
            xml.writeStartElement("UNTIMED_INSTANCES");
            xml.writeCharacters("\n");
            for (TimelineItem item : export.items()) {
                if (!item.timed()) {
                    instance(xml, item);
                }
            }
            xml.writeEndElement();
            xml.writeStartElement("ROWS");
            xml.writeCharacters("\n");
            for (Map.Entry<String, Colour> code : Timeline.colours(export.items()).entrySet()) {
                xml.writeStartElement("row");
                element(xml, "code", code.getKey());
                element(xml, "R", Integer.toString(code.getValue().r() * 257));
                element(xml, "G", Integer.toString(code.getValue().g() * 257));
                element(xml, "B", Integer.toString(code.getValue().b() * 257));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void instance(XMLStreamWriter xml, TimelineItem item) throws XMLStreamException {
        xml.writeStartElement("instance");
        element(xml, "ID", Integer.toString(item.id()));
        if (item.timed()) {
            element(xml, "start", seconds(item.start()));
            element(xml, "end", seconds(item.end()));
        }
        element(xml, "code", item.code());
        for (Label label : item.labels()) {
            xml.writeStartElement("label");
            element(xml, "group", label.group());
            element(xml, "text", label.text());
            xml.writeEndElement();
        }
        element(xml, "free_text", item.freeText());
        if (!item.timed()) {
            if (item.matchSeconds() != null) {
                element(xml, "match_time", seconds(item.matchSeconds()));
            }
            element(xml, "no_video_time", item.noVideoTime() == null ? "" : item.noVideoTime());
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /** Drops the characters XML 1.0 cannot carry (control characters other than tab and line breaks). */
    static String xmlText(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (allowed) {
                clean.appendCodePoint(c);
            }
        });
        return clean.toString();
    }

    private static void csv(TimelineExport export, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(CSV_HEADER.toArray(String[]::new)).get());
        for (TimelineItem item : export.items()) {
            List<Object> row = new ArrayList<>();
            row.add(item.id());
            row.add(item.source().name().toLowerCase(Locale.ROOT));
            row.add(cell(item.code()));
            row.add(item.start() == null ? "" : seconds(item.start()));
            row.add(item.end() == null ? "" : seconds(item.end()));
            row.add(item.matchSeconds() == null ? "" : seconds(item.matchSeconds()));
            row.add(item.noVideoTime() == null ? "" : item.noVideoTime());
            for (String group : Timeline.GROUPS) {
                row.add(cell(item.labels().stream().filter(l -> l.group().equals(group)).map(Label::text)
                        .collect(Collectors.joining("; "))));
            }
            row.add(cell(item.freeText()));
            csv.printRecord(row);
        }
        csv.flush();
    }

    /**
     * A text cell a spreadsheet will not run as a formula: text starting with {@code = + - @} or a
     * tab or carriage return gets a leading apostrophe (OWASP's CSV injection advice).
     */
    static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private void json(TimelineExport export, OutputStream out) {
        MatchHeader m = export.match();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("match");
            g.writeStartObject();
            g.writeStringProperty("id", m.id());
            g.writeStringProperty("date_time", m.dateTime().toString());
            g.writeStringProperty("home_team", m.homeTeam());
            g.writeStringProperty("away_team", m.awayTeam());
            g.writeNumberProperty("home_score", m.homeScore());
            g.writeNumberProperty("away_score", m.awayScore());
            g.writeStringProperty("competition", m.competition());
            g.writeStringProperty("venue", m.venue());
            g.writeName("video_anchor_seconds");
            if (m.videoAnchorSeconds() == null) {
                g.writeNull();
            } else {
                g.writeNumber(m.videoAnchorSeconds());
            }
            g.writeEndObject();
            g.writeBooleanProperty("notes_included", export.notesIncluded());
            g.writeName("instances");
            g.writeStartArray();
            for (TimelineItem item : export.items()) {
                g.writeStartObject();
                g.writeNumberProperty("id", item.id());
                g.writeStringProperty("source", item.source().name().toLowerCase(Locale.ROOT));
                g.writeStringProperty("code", item.code());
                number(g, "start", item.start());
                number(g, "end", item.end());
                number(g, "match_seconds", item.matchSeconds());
                g.writeStringProperty("no_video_time", item.noVideoTime());
                g.writeName("labels");
                g.writeStartArray();
                for (Label label : item.labels()) {
                    g.writeStartObject();
                    g.writeStringProperty("group", label.group());
                    g.writeStringProperty("text", label.text());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringProperty("free_text", item.freeText());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("codes");
            g.writeStartArray();
            for (Map.Entry<String, Colour> code : Timeline.colours(export.items()).entrySet()) {
                g.writeStartObject();
                g.writeStringProperty("code", code.getKey());
                g.writeNumberProperty("r", code.getValue().r());
                g.writeNumberProperty("g", code.getValue().g());
                g.writeNumberProperty("b", code.getValue().b());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("counts");
            g.writeStartObject();
            g.writeNumberProperty("alerts", export.count(Source.ALERT));
            g.writeNumberProperty("segments", export.count(Source.SEGMENT));
            g.writeNumberProperty("notes", export.count(Source.NOTE));
            g.writeNumberProperty("events", export.count(Source.EVENT));
            g.writeNumberProperty("without_video_time", export.untimed());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void number(JsonGenerator g, String name, @Nullable Double value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(new BigDecimal(seconds(value)));
        }
    }

    /** Seconds with at most two decimals, without trailing zeros: {@code 754}, {@code 754.5}. */
    static String seconds(double value) {
        return BigDecimal.valueOf(Math.round(value * 100), 2).stripTrailingZeros().toPlainString();
    }

    private static List<String> csvHeader() {
        List<String> header = new ArrayList<>(List.of("id", "source", "code", "start", "end", "match_seconds",
                "no_video_time"));
        Timeline.GROUPS.forEach(group -> header.add(group.toLowerCase(Locale.ROOT).replace(' ', '_')));
        header.add("free_text");
        return List.copyOf(header);
    }
}
