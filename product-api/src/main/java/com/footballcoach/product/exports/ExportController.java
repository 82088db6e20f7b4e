package com.footballcoach.product.exports;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.product.exports.ExportRepository.MatchHeader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exports of one match as downloads ({@code Content-Disposition: attachment}). Everything is
 * read and checked before the first byte is written, so a refusal is still a problem body.
 */
@RestController
@Tag(name = "Exports", description = "Timeline exports for Sportscode, Nacsport, Metrica Play and LongoMatch; "
        + "the match report PDF")
class ExportController {

    private static final String DISPOSITION = "attachment; filename=\"<date>_<home>_vs_<away>_<kind>.<ext>\"";
    private static final String BINARY = "binary";

    private final ExportService exports;
    private final TimelineWriters writers;
    private final MatchReportPdf pdf;

    ExportController(ExportService exports, TimelineWriters writers, MatchReportPdf pdf) {
        this.exports = exports;
        this.writers = writers;
        this.pdf = pdf;
    }

    @Operation(summary = "The match timeline as a Sportscode timeline XML (football.read)",
            description = "<file> with <ALL_INSTANCES> (times in seconds of the match video), "
                    + "<UNTIMED_INSTANCES> (what has no video time, with the reason) and <ROWS> (code colours). "
                    + "Schema: exports/sportscode-timeline.xsd. Notes only for callers with notes.read.")
    @ApiResponse(responseCode = "200", description = "The XML file",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = DISPOSITION),
            content = @Content(mediaType = "application/xml", schema = @Schema(type = "string", format = BINARY)))
    @ApiResponse(responseCode = "404", description = "Unknown match or a match of another club",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/api/matches/{id}/timeline.xml")
    void xml(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, HttpServletResponse response)
            throws IOException {
        timeline(user, id, TimelineFormat.XML, response);
    }

    @Operation(summary = "The match timeline as CSV, one row per instance (football.read)",
            description = "Columns: id, source, code, start, end, match_seconds, no_video_time, one column per "
                    + "label group (severity, decision_type, coach_feedback, effect, tag, player, team, author), "
                    + "free_text.")
    @ApiResponse(responseCode = "200", description = "The CSV file (RFC 4180, UTF-8)",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = DISPOSITION),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = BINARY)))
    @ApiResponse(responseCode = "404", description = "Unknown match or a match of another club",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/api/matches/{id}/timeline.csv")
    void csv(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, HttpServletResponse response)
            throws IOException {
        timeline(user, id, TimelineFormat.CSV, response);
    }

    @Operation(summary = "The match timeline as JSON (football.read)",
            description = "{match, notes_included, instances: [{id, source, code, start, end, match_seconds, "
                    + "no_video_time, labels: [{group, text}], free_text}], codes: [{code, r, g, b}], counts}")
    @ApiResponse(responseCode = "200", description = "The JSON file",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = DISPOSITION),
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @ApiResponse(responseCode = "404", description = "Unknown match or a match of another club",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/api/matches/{id}/timeline.json")
    void json(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, HttpServletResponse response)
            throws IOException {
        timeline(user, id, TimelineFormat.JSON, response);
    }

    @Operation(summary = "The match report PDF coaches share (football.read)",
            description = "A4, one to three pages: score and teams, team statistics side by side, the top players "
                    + "by rating, the severity over the match with the alerts coloured by decision and effect, the "
                    + "decision review and the notes (notes.read). A match without analysis gets a shorter report.")
    @ApiResponse(responseCode = "200", description = "The PDF file",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = DISPOSITION),
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = BINARY)))
    @ApiResponse(responseCode = "404", description = "Unknown match or a match of another club",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/api/matches/{id}/report.pdf")
    void report(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, HttpServletResponse response)
            throws IOException {
        MatchReport report = exports.report(user, id);
        byte[] document = pdf.render(report);
        start(response, "application/pdf", fileName(report.match(), "report", "pdf"));
        response.setContentLength(document.length);
        response.getOutputStream().write(document);
    }

    private void timeline(CurrentUser user, String id, TimelineFormat format, HttpServletResponse response)
            throws IOException {
        TimelineExport export = exports.timeline(user, id);
        start(response, format.contentType(), fileName(export.match(), "timeline", format.extension()));
        OutputStream out = response.getOutputStream();
        writers.write(format, export, out);
        out.flush();
    }

    private static void start(HttpServletResponse response, String contentType, String fileName) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** {@code 2026-03-19_atletico-demo_vs_demo-city-fc_timeline.xml}: ASCII only, so every client reads it. */
    static String fileName(MatchHeader match, String kind, String extension) {
        return match.dateTime().toLocalDate() + "_" + slug(match.homeTeam()) + "_vs_" + slug(match.awayTeam()) + "_"
                + kind + "." + extension;
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "team" : slug;
    }
}
