package com.footballcoach.product.exports;

import com.footballcoach.platform.alerts.DecisionReview;
import com.footballcoach.product.exports.ExportRepository.MatchHeader;
import com.footballcoach.product.exports.ExportRepository.NoteRow;
import com.footballcoach.product.exports.ExportRepository.SegmentRow;
import com.footballcoach.product.exports.ExportRepository.TeamStats;
import com.footballcoach.product.exports.ExportRepository.TopPlayer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the match report with Apache PDFBox: A4, one to three pages, DejaVu Sans embedded as a
 * subset (so names in any script the font covers render, and text extraction gives them back; a
 * character it lacks prints as "?"). Page 1: score and teams, team statistics side by side, the
 * top players by rating, and — when the match was analysed — a vector chart of the severity over
 * the match with the alerts marked by decision (filled: accepted, ring: dismissed, square: ignored
 * or suppressed) and coloured by effect. Then the decision review and the notes. What does not fit
 * on three pages is cut with a line that says so.
 */
@Component
class MatchReportPdf {

    static final int MAX_PAGES = 3;

    private static final float MARGIN = 48;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 20;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    static final Rgb TEXT = new Rgb(33, 33, 33);
    static final Rgb MUTED = new Rgb(110, 110, 110);
    static final Rgb RULE = new Rgb(210, 210, 210);
    static final Rgb HOME = new Rgb(21, 101, 192);
    static final Rgb AWAY = new Rgb(216, 67, 21);
    static final Rgb SEVERITY_LINE = new Rgb(55, 71, 79);

    /** The marker colour of each effect of a decision. */
    static final Map<String, Rgb> EFFECT_COLOURS = Map.of("effective", new Rgb(46, 125, 50), "failed",
            new Rgb(198, 40, 40), "escalated", new Rgb(136, 14, 79), "no_change", new Rgb(249, 168, 37), "pending",
            new Rgb(30, 136, 229), "none", new Rgb(158, 158, 158));

    record Rgb(int r, int g, int b) {
    }

    private final byte[] regular;
    private final byte[] bold;

    MatchReportPdf() {
        this.regular = resource("exports/fonts/DejaVuSans.ttf");
        this.bold = resource("exports/fonts/DejaVuSans-Bold.ttf");
    }

    byte[] render(MatchReport report) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(regular), true);
            PDType0Font boldFont = PDType0Font.load(document, new ByteArrayInputStream(bold), true);
            MatchHeader m = report.match();
            document.getDocumentInformation().setTitle(m.homeTeam() + " " + m.homeScore() + "–" + m.awayScore() + " "
                    + m.awayTeam() + " — match report");
            document.getDocumentInformation().setCreator("Football Coach");
            try (Pages pages = new Pages(document, font, boldFont)) {
                header(pages, m);
                statistics(pages, m, report.home(), report.away());
                topPlayers(pages, report.topPlayers());
                if (report.analysed()) {
                    chart(pages, report.segments(), report.review().alerts());
                    review(pages, report.review());
                } else {
                    pages.heading("Tactical analysis");
                    pages.line("No tactical analysis for this match: no severity chart and no decisions to review.",
                            9, MUTED);
                }
                notes(pages, report);
            }
            footers(document, font, m);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void header(Pages p, MatchHeader m) throws IOException {
        p.line("MATCH REPORT", 9, MUTED);
        p.gap(8);
        String score = m.homeTeam() + "  " + m.homeScore() + " – " + m.awayScore() + "  " + m.awayTeam();
        float size = 20;
        while (size > 11 && p.width(score, size, true) > WIDTH) {
            size -= 1;
        }
        p.wrapped(score, size, true, TEXT, 0);
        List<String> facts = new ArrayList<>();
        if (m.competition() != null) {
            facts.add(m.competition());
        }
        facts.add(m.dateTime().format(DATE));
        if (m.venue() != null && !m.venue().isBlank()) {
            facts.add(m.venue());
        }
        facts.add(m.status());
        p.wrapped(String.join(" · ", facts), 9.5f, false, MUTED, 0);
        p.gap(6);
        p.rule();
    }

    private static void statistics(Pages p, MatchHeader m, @Nullable TeamStats home, @Nullable TeamStats away)
            throws IOException {
        p.heading("Team statistics");
        if (home == null && away == null) {
            p.line("No team statistics recorded.", 9, MUTED);
            return;
        }
        float mid = MARGIN + WIDTH / 2;
        p.need(14);
        p.textAt(p.fit(m.homeTeam(), 9, true, WIDTH / 2 - 70), MARGIN, 9, true, HOME);
        String awayName = p.fit(m.awayTeam(), 9, true, WIDTH / 2 - 70);
        p.textAt(awayName, MARGIN + WIDTH - p.width(awayName, 9, true), 9, true, AWAY);
        p.advance(14);
        row(p, mid, "Possession %", value(home, TeamStats::possession), value(away, TeamStats::possession));
        row(p, mid, "Expected goals", value(home, TeamStats::expectedGoals), value(away, TeamStats::expectedGoals));
        row(p, mid, "Shots", count(home, TeamStats::shots), count(away, TeamStats::shots));
        row(p, mid, "Shots on target", count(home, TeamStats::shotsOnTarget), count(away, TeamStats::shotsOnTarget));
        row(p, mid, "Pressures", count(home, TeamStats::pressures), count(away, TeamStats::pressures));
        row(p, mid, "Final-third passes", count(home, TeamStats::finalThirdPasses),
                count(away, TeamStats::finalThirdPasses));
    }

    private static void row(Pages p, float mid, String label, @Nullable Double home, @Nullable Double away)
            throws IOException {
        p.need(13);
        float labelWidth = 110;
        float bar = WIDTH / 2 - labelWidth / 2 - 40;
        double max = Math.max(home == null ? 0 : home, away == null ? 0 : away);
        p.textAt(label, mid - p.width(label, 8.5f, false) / 2, 8.5f, false, TEXT);
        String h = home == null ? "–" : number(home);
        String a = away == null ? "–" : number(away);
        p.textAt(h, mid - labelWidth / 2 - 4 - p.width(h, 8.5f, true), 8.5f, true, TEXT);
        p.textAt(a, mid + labelWidth / 2 + 4, 8.5f, true, TEXT);
        if (max > 0) {
            float hw = (float) (bar * (home == null ? 0 : home) / max);
            float aw = (float) (bar * (away == null ? 0 : away) / max);
            p.rect(MARGIN + (bar - hw), p.y() - 1, hw, 6, HOME);
            p.rect(MARGIN + WIDTH - bar, p.y() - 1, aw, 6, AWAY);
        }
        p.advance(13);
    }

    private static void topPlayers(Pages p, List<TopPlayer> players) throws IOException {
        p.heading("Top players by rating");
        if (players.isEmpty()) {
            p.line("No player ratings recorded.", 9, MUTED);
            return;
        }
        int rank = 1;
        for (TopPlayer player : players) {
            String text = rank++ + ".  " + player.name() + (player.jersey() == null ? "" : " (#" + player.jersey() + ")")
                    + (player.team() == null ? "" : " — " + player.team())
                    + (player.minutes() == null ? "" : " — " + player.minutes() + "'");
            p.need(13);
            String rating = player.rating().setScale(1, RoundingMode.HALF_UP).toPlainString();
            p.textAt(rating, MARGIN, 9, true, TEXT);
            p.textAt(p.fit(text, 9, false, WIDTH - 30), MARGIN + 26, 9, false, TEXT);
            p.advance(13);
        }
    }

    private static void chart(Pages p, List<SegmentRow> segments, List<DecisionReview.Entry> alerts)
            throws IOException {
        p.heading("Severity over the match");
        float height = 130;
        float axis = 26;
        p.need(height + axis + 30);
        float left = MARGIN + 52;
        float right = MARGIN + WIDTH;
        float top = p.y();
        float bottom = top - height;
        double end = 0;
        for (SegmentRow s : segments) {
            end = Math.max(end, s.endSec() != null ? s.endSec() : s.startSec() != null ? s.startSec() : 0);
        }
        for (DecisionReview.Entry a : alerts) {
            end = Math.max(end, a.matchTime() != null ? a.matchTime() : 0);
        }
        // a whole match shows 0-90' (or longer); a short analysis is not squeezed into a corner
        double rounded = Math.max(300, Math.ceil(end / 300) * 300);
        double span = end >= 45 * 60 ? Math.max(rounded, 90 * 60) : rounded;
        int tick = span >= 45 * 60 ? 15 : 5;
        Function<Double, Float> x = t -> (float) (left + (right - left) * Math.min(1, Math.max(0, t / span)));
        Function<Double, Float> y = v -> (float) (bottom + height * Math.min(1, Math.max(0, v)));
        // severity bands: LOW < 0.35 ≤ MEDIUM < 0.6 ≤ HIGH < 0.8 ≤ CRITICAL
        double[] bands = {0, 0.35, 0.6, 0.8, 1};
        String[] names = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
        Rgb[] shades = {new Rgb(241, 248, 233), new Rgb(255, 248, 225), new Rgb(255, 236, 220), new Rgb(253, 226, 226)};
        for (int i = 0; i < 4; i++) {
            p.rect(left, y.apply(bands[i]), right - left, y.apply(bands[i + 1]) - y.apply(bands[i]), shades[i]);
            p.textAtY(names[i], MARGIN, (y.apply(bands[i]) + y.apply(bands[i + 1])) / 2 - 3, 7, false, MUTED);
        }
        p.strokeRect(left, bottom, right - left, height, RULE, 0.6f);
        for (int minute = 0; minute * 60 <= span; minute += tick) {
            float at = x.apply(minute * 60.0);
            p.strokeLine(at, bottom, at, bottom - 3, MUTED, 0.6f);
            String label = minute + "'";
            p.textAtY(label, at - p.width(label, 7, false) / 2, bottom - 12, 7, false, MUTED);
        }
        List<float[]> points = new ArrayList<>();
        for (SegmentRow s : segments) {
            if (s.severity() != null && s.startSec() != null) {
                double mid = s.endSec() == null ? s.startSec() : (s.startSec() + s.endSec()) / 2;
                points.add(new float[] {x.apply(mid), y.apply(s.severity())});
            }
        }
        p.polyline(points, SEVERITY_LINE, 1.2f);
        for (DecisionReview.Entry a : alerts) {
            if (a.matchTime() == null) {
                continue;
            }
            Rgb colour = EFFECT_COLOURS.getOrDefault(a.effect(), EFFECT_COLOURS.get("none"));
            float cx = x.apply(a.matchTime());
            float cy = y.apply(a.severityScore());
            switch (a.decision()) {
                case "accepted" -> p.circle(cx, cy, 4, colour, true);
                case "dismissed" -> p.circle(cx, cy, 4, colour, false);
                default -> p.rect(cx - 3, cy - 3, 6, 6, colour);
            }
        }
        p.advance(height + axis);
        legend(p);
    }

    private static void legend(Pages p) throws IOException {
        p.need(24);
        float at = MARGIN;
        p.strokeLine(at, p.y() + 3, at + 14, p.y() + 3, SEVERITY_LINE, 1.2f);
        at += 18;
        at = legendText(p, at, "segment severity");
        p.circle(at + 4, p.y() + 3, 4, MUTED, true);
        at = legendText(p, at + 11, "accepted");
        p.circle(at + 4, p.y() + 3, 4, MUTED, false);
        at = legendText(p, at + 11, "dismissed");
        p.rect(at + 1, p.y(), 6, 6, MUTED);
        legendText(p, at + 11, "ignored / suppressed");
        p.advance(12);
        at = MARGIN;
        for (String effect : List.of("effective", "no_change", "failed", "escalated", "pending", "none")) {
            p.rect(at, p.y(), 8, 6, EFFECT_COLOURS.get(effect));
            at = legendText(p, at + 11, effect.replace('_', ' '));
        }
        p.advance(14);
    }

    private static float legendText(Pages p, float at, String text) throws IOException {
        p.textAt(text, at, 7.5f, false, TEXT);
        return at + p.width(text, 7.5f, false) + 12;
    }

    private static void review(Pages p, DecisionReview.Review review) throws IOException {
        p.heading("Decision review");
        DecisionReview.Totals t = review.summary();
        p.wrapped(t.alerts() + " alerts: " + t.accepted() + " accepted, " + t.dismissed() + " dismissed, " + t.ignored()
                + " ignored, " + t.suppressed() + " suppressed; " + t.effective() + " effective, " + t.failed()
                + " failed (" + t.escalated() + " escalated), " + t.pending() + " pending.", 9, false, TEXT, 0);
        p.gap(4);
        float[] columns = {0, 40, 130, 295, 360, 425};
        String[] titles = {"Time", "Category", "Decision type", "Severity", "Decision", "Effect"};
        tableRow(p, columns, titles, true);
        for (DecisionReview.Entry e : review.alerts()) {
            if (!p.fits(12)) {
                if (!p.nextPage()) {
                    p.cut("… " + (review.alerts().size() - review.alerts().indexOf(e))
                            + " more alerts in the timeline export.");
                    return;
                }
                tableRow(p, columns, titles, true);
            }
            tableRow(p, columns, new String[] {e.matchTime() == null ? "–" : Timeline.clock(e.matchTime()),
                    e.category(), e.decisionType(), e.severityLabel() + " " + String.format(Locale.ROOT, "%.2f",
                            e.severityScore()), e.decision(), e.effect().replace('_', ' ')}, false);
        }
    }

    private static void tableRow(Pages p, float[] columns, String[] cells, boolean header) throws IOException {
        p.need(12);
        for (int i = 0; i < cells.length; i++) {
            float width = (i + 1 < columns.length ? columns[i + 1] : WIDTH) - columns[i] - 6;
            p.textAt(p.fit(cells[i], 8, header, width), MARGIN + columns[i], 8, header, header ? MUTED : TEXT);
        }
        p.advance(12);
    }

    private static void notes(Pages p, MatchReport report) throws IOException {
        if (!report.notesIncluded()) {
            return;
        }
        p.heading("Notes");
        if (report.notes().isEmpty()) {
            p.line("No notes on this match.", 9, MUTED);
            return;
        }
        int left = report.notes().size();
        for (NoteRow note : report.notes()) {
            String lead = Timeline.clock(note.videoTimestamp()) + "  " + note.noteType().replace('_', ' ')
                    + (note.author() == null ? "" : " — " + note.author());
            if (!p.fits(26) && !p.nextPage()) {
                p.cut("… " + left + " more notes in the timeline export.");
                return;
            }
            p.line(lead, 8.5f, MUTED);
            if (!p.wrapped(note.content(), 9, false, TEXT, 10, "… " + left + " more notes in the timeline export.")) {
                return;
            }
            p.gap(3);
            left--;
        }
    }

    private static void footers(PDDocument document, PDType0Font font, MatchHeader m) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = Pages.clean(font, m.homeTeam() + " – " + m.awayTeam() + " · Football Coach · page "
                        + (i + 1) + " of " + count);
                cs.setNonStrokingColor(MUTED.r() / 255f, MUTED.g() / 255f, MUTED.b() / 255f);
                cs.beginText();
                cs.setFont(font, 7.5f);
                cs.newLineAtOffset(MARGIN, MARGIN - 10);
                cs.showText(text);
                cs.endText();
            }
        }
    }

    private static @Nullable Double value(@Nullable TeamStats stats, Function<TeamStats, @Nullable BigDecimal> field) {
        BigDecimal value = stats == null ? null : field.apply(stats);
        return value == null ? null : value.doubleValue();
    }

    private static @Nullable Double count(@Nullable TeamStats stats, Function<TeamStats, @Nullable Integer> field) {
        Integer value = stats == null ? null : field.apply(stats);
        return value == null ? null : value.doubleValue();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                        .toPlainString();
    }

    private static byte[] resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing font " + path, e);
        }
    }

    /**
     * The pages being written: a cursor from the top, a new page when the next block does not fit,
     * never more than {@link #MAX_PAGES}.
     */
    private static final class Pages implements AutoCloseable {

        /** Per font of the document being rendered (weak: a document's fonts go with it). */
        private static final Map<PDType0Font, Map<Integer, Boolean>> PRINTABLE =
                Collections.synchronizedMap(new WeakHashMap<>());

        private final PDDocument document;
        private final PDType0Font font;
        private final PDType0Font bold;
        private final Map<Integer, Float> regularWidths = new HashMap<>();
        private final Map<Integer, Float> boldWidths = new HashMap<>();
        private @Nullable PDPageContentStream cs;
        private float y;
        private boolean cut;

        Pages(PDDocument document, PDType0Font font, PDType0Font bold) throws IOException {
            this.document = document;
            this.font = font;
            this.bold = bold;
            nextPage();
        }

        float y() {
            return y;
        }

        /** Starts a new page; false (and nothing changes) when the report has its pages already. */
        boolean nextPage() throws IOException {
            if (document.getNumberOfPages() >= MAX_PAGES) {
                return false;
            }
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            cs = new PDPageContentStream(document, page);
            y = TOP;
            return true;
        }

        boolean fits(float height) {
            return !cut && y - height >= BOTTOM;
        }

        /** Makes room for a block; on the last page a block that does not fit is drawn over nothing (cut). */
        void need(float height) throws IOException {
            if (!fits(height)) {
                nextPage();
            }
        }

        void advance(float height) {
            y -= height;
        }

        void gap(float height) {
            y -= height;
        }

        void cut(String text) throws IOException {
            if (!cut && y - 12 >= MARGIN) {
                textAt(text, MARGIN, 8.5f, false, MUTED);
                y -= 12;
            }
            cut = true;
        }

        void heading(String text) throws IOException {
            if (cut) {
                return;
            }
            if (!fits(44)) {
                if (!nextPage()) {
                    cut("… more in the timeline export.");
                    return;
                }
            } else {
                y -= 10;
            }
            textAt(text, MARGIN, 12, true, TEXT);
            y -= 17;
        }

        void line(String text, float size, Rgb colour) throws IOException {
            if (cut) {
                return;
            }
            need(size + 4);
            textAt(fit(text, size, false, WIDTH), MARGIN, size, false, colour);
            y -= size + 4;
        }

        /** Wrapped text; false when it was cut at the end of the last page. */
        boolean wrapped(String text, float size, boolean isBold, Rgb colour, float indent) throws IOException {
            return wrapped(text, size, isBold, colour, indent, "… more in the timeline export.");
        }

        /** Wrapped text; when it does not fit on the last page, {@code cutMessage} says so and false is returned. */
        boolean wrapped(String text, float size, boolean isBold, Rgb colour, float indent, String cutMessage)
                throws IOException {
            for (String line : wrap(clean(isBold ? bold : font, text), size, isBold, WIDTH - indent)) {
                if (cut) {
                    return false;
                }
                if (!fits(size + 4) && !nextPage()) {
                    cut(cutMessage);
                    return false;
                }
                textAt(line, MARGIN + indent, size, isBold, colour);
                y -= size + 4;
            }
            return true;
        }

        void rule() throws IOException {
            strokeLine(MARGIN, y, MARGIN + WIDTH, y, RULE, 0.8f);
            y -= 6;
        }

        void textAt(String text, float x, float size, boolean isBold, Rgb colour) throws IOException {
            textAtY(text, x, y, size, isBold, colour);
        }

        void textAtY(String text, float x, float atY, float size, boolean isBold, Rgb colour) throws IOException {
            if (cut) {
                return;
            }
            PDPageContentStream stream = Objects.requireNonNull(cs);
            stream.setNonStrokingColor(colour.r() / 255f, colour.g() / 255f, colour.b() / 255f);
            stream.beginText();
            stream.setFont(isBold ? bold : font, size);
            stream.newLineAtOffset(x, atY);
            stream.showText(clean(isBold ? bold : font, text));
            stream.endText();
        }

        void rect(float x, float atY, float w, float h, Rgb colour) throws IOException {
            if (cut || w <= 0 || h <= 0) {
                return;
            }
            PDPageContentStream stream = Objects.requireNonNull(cs);
            stream.setNonStrokingColor(colour.r() / 255f, colour.g() / 255f, colour.b() / 255f);
            stream.addRect(x, atY, w, h);
            stream.fill();
        }

        void strokeRect(float x, float atY, float w, float h, Rgb colour, float width) throws IOException {
            PDPageContentStream stream = Objects.requireNonNull(cs);
            stream.setStrokingColor(colour.r() / 255f, colour.g() / 255f, colour.b() / 255f);
            stream.setLineWidth(width);
            stream.addRect(x, atY, w, h);
            stream.stroke();
        }

        void strokeLine(float x1, float y1, float x2, float y2, Rgb colour, float width) throws IOException {
            if (cut) {
                return;
            }
            PDPageContentStream stream = Objects.requireNonNull(cs);
            stream.setStrokingColor(colour.r() / 255f, colour.g() / 255f, colour.b() / 255f);
            stream.setLineWidth(width);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        }

        void polyline(List<float[]> points, Rgb colour, float width) throws IOException {
            if (cut || points.isEmpty()) {
                return;
            }
            PDPageContentStream stream = Objects.requireNonNull(cs);
            stream.setStrokingColor(colour.r() / 255f, colour.g() / 255f, colour.b() / 255f);
            stream.setLineWidth(width);
            stream.moveTo(points.get(0)[0], points.get(0)[1]);
            for (float[] point : points.subList(1, points.size())) {
                stream.lineTo(point[0], point[1]);
            }
            if (points.size() == 1) {
                stream.lineTo(points.get(0)[0] + 1, points.get(0)[1]);
            }
            stream.stroke();
        }

        /** A circle from four Bézier arcs, filled or as a ring. */
        void circle(float cx, float cy, float r, Rgb colour, boolean filled) throws IOException {
            if (cut) {
                return;
            }
            PDPageContentStream stream = Objects.requireNonNull(cs);
            float k = 0.552284749831f * r;
            stream.moveTo(cx + r, cy);
            stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            stream.closePath();
            if (filled) {
                stream.setNonStrokingColor(colour.r() / 255f, colour.g() / 255f, colour.b() / 255f);
                stream.fill();
            } else {
                stream.setStrokingColor(colour.r() / 255f, colour.g() / 255f, colour.b() / 255f);
                stream.setLineWidth(1.4f);
                stream.stroke();
            }
        }

        /** The width of the text in points; glyph widths are looked up once per character and font. */
        float width(String text, float size, boolean isBold) throws IOException {
            PDType0Font f = isBold ? bold : font;
            Map<Integer, Float> widths = isBold ? boldWidths : regularWidths;
            float total = 0;
            for (int c : clean(f, text).codePoints().toArray()) {
                Float w = widths.get(c);
                if (w == null) {
                    w = f.getStringWidth(new String(Character.toChars(c)));
                    widths.put(c, w);
                }
                total += w;
            }
            return total / 1000 * size;
        }

        /** The text, shortened with "…" to fit the width. */
        String fit(String text, float size, boolean isBold, float max) throws IOException {
            String clean = clean(isBold ? bold : font, text);
            if (width(clean, size, isBold) <= max) {
                return clean;
            }
            // binary search for the longest prefix that fits: a 10,000-character word stays cheap
            int fits = 0;
            int tooLong = clean.length();
            while (tooLong - fits > 1) {
                int middle = (fits + tooLong) >>> 1;
                if (width(clean.substring(0, middle) + "…", size, isBold) <= max) {
                    fits = middle;
                } else {
                    tooLong = middle;
                }
            }
            if (fits > 0 && Character.isHighSurrogate(clean.charAt(fits - 1))) {
                fits--;
            }
            return clean.substring(0, fits) + "…";
        }

        private List<String> wrap(String text, float size, boolean isBold, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size, isBold) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                    }
                    line.setLength(0);
                    line.append(fit(word, size, isBold, max));
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        /** Control characters become spaces, characters the font lacks "?" (each character checked once per font). */
        static String clean(PDType0Font font, String text) {
            StringBuilder clean = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                    clean.append(' ');
                } else if (printable(font, c)) {
                    clean.appendCodePoint(c);
                } else {
                    clean.append('?');
                }
            });
            return clean.toString();
        }

        private static boolean printable(PDType0Font font, int codePoint) {
            Map<Integer, Boolean> known = PRINTABLE.computeIfAbsent(font, f -> new HashMap<>());
            return known.computeIfAbsent(codePoint, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
        }

        @Override
        public void close() throws IOException {
            if (cs != null) {
                cs.close();
            }
        }
    }
}
