package com.footballcoach.product.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.alerts.DecisionReview;
import com.footballcoach.product.exports.ExportRepository.NoteRow;
import com.footballcoach.product.exports.ExportRepository.TopPlayer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The report renderer alone: hostile texts stay on the page, in time, and characters the font lacks become "?". */
class MatchReportPdfTest {

    static final DecisionReview.Totals NONE = new DecisionReview.Totals(0, 0, 0, 0, 0, 0, 0, 0, 0);

    @Test
    void rendersHostileTextsWithinThreePagesQuickly() throws Exception {
        String endless = "x".repeat(10_000);
        List<NoteRow> notes = List.of(new NoteRow("n1", "tactical", endless, 10, "Дмитрий"),
                new NoteRow("n2", "live_reaction", "Tab\tbell\u0007 and 漢字 and 🎉 — Müller", 20, null));
        MatchReport report = new MatchReport(TimelineTest.header(null), null, null,
                List.of(new TopPlayer("Łukasz Ødegaard-Müller", 10, "Дмитров", 90, new BigDecimal("9.1"))), List.of(),
                new DecisionReview.Review("m1", NONE, List.of(), List.of()), true, notes);

        MatchReportPdf renderer = new MatchReportPdf();
        // the first document of a JVM pays for class loading (about 3 s here): measure a warm one
        renderer.render(new MatchReport(TimelineTest.header(null), null, null, List.of(), List.of(),
                new DecisionReview.Review("m1", NONE, List.of(), List.of()), false, List.of()));
        long started = System.nanoTime();
        byte[] pdf = renderer.render(report);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("report with a 10,000-character word rendered in " + took.toMillis() + " ms");
        assertThat(took).isLessThan(Duration.ofSeconds(5));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(1, MatchReportPdf.MAX_PAGES);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Łukasz Ødegaard-Müller", "Дмитров", "Atlético Demo", "2 – 1",
                    "No tactical analysis for this match", "Tab bell  and ?? and ? — Müller", "xxxxxxxx…");
            new PDFRenderer(document).renderImageWithDPI(0, 50);
        }
    }
}
