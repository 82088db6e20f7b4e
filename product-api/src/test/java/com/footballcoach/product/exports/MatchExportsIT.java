package com.footballcoach.product.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.alerts.AlertIngest;
import com.footballcoach.platform.alerts.AlertReport;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.LiveFixtures;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.product.ProductApiTest;
import com.footballcoach.product.exports.TimelineFiles.Download;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exports over HTTP on the real database: an analysed match (segments and alerts as the run
 * worker stores them, decisions taken through the API, notes, events, statistics, names in
 * several scripts), a match without analysis, and the refusals.
 */
@ProductApiTest
class MatchExportsIT {

    static final List<String> ROUTES = List.of("timeline.xml", "timeline.csv", "timeline.json", "report.pdf");
    static final List<String> CATEGORIES = List.of("PRESSING", "COMPACTNESS", "FATIGUE", "TRANSITION");
    static final int SEGMENTS = 18;

    @LocalServerPort
    int port;

    @Autowired
    AlertIngest ingest;

    @Autowired
    JdbcClient jdbc;

    HttpApi api;
    TestAccounts.Club club;
    String match;
    String home;
    String away;
    String coach;

    @BeforeEach
    void analysedMatch() {
        api = new HttpApi(port);
        club = TestAccounts.newClub();
        match = TestAccounts.newMatch(club);
        coach = api.login(club.coachEmail(), TestAccounts.PASSWORD);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        home = "Ødegaard Athletic " + tag;
        away = "Дмитров Łódź " + tag;
        String awayId = jdbc.sql("SELECT away_team_id FROM matches WHERE id = :m").param("m", match)
                .query(String.class).single();
        TestAccounts.execute("UPDATE teams SET name = ? WHERE id = ?", home, club.teamId());
        TestAccounts.execute("UPDATE teams SET name = ? WHERE id = ?", away, awayId);
        TestAccounts.execute("UPDATE matches SET home_score = 2, away_score = 1, status = 'completed' WHERE id = ?",
                match);
        String mueller = player(club.teamId(), "Thomas Müller", 25, 8.7);
        String odegaard = player(club.teamId(), "Martin Ødegaard", 8, 8.1);
        String lukasz = player(awayId, "Łukasz Piszczek", 26, 7.4);
        String dmitry = player(awayId, "Дмитрий Иванов", 9, 9.2);
        event(mueller, club.teamId(), "goal", 12, 735.0);
        event(odegaard, club.teamId(), "goal", 50, null);
        event(lukasz, awayId, "yellow_card", 33, 2000.0);
        event(dmitry, awayId, "goal", 70, 5100.0);
        teamStatistics(club.teamId(), 58.5, 1.9, 14);
        teamStatistics(awayId, 41.5, 0.8, 6);
        String run = LiveFixtures.newRun(club, match, "COMPLETED");
        for (int i = 0; i < SEGMENTS; i++) {
            TestAccounts.execute("""
                    INSERT INTO analysis_segments (id, analysis_id, match_id, segment_index, start_sec, end_sec,
                                                   video_start_sec, analysis_json, recommendation, severity_score,
                                                   severity_label, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Hold the line', ?, ?, 'SEGMENT_DONE')
                    """, UUID.randomUUID().toString(), run, match, i, i * 300.0, i * 300.0 + 300, i * 300.0,
                    "{\"team_a_tags\": [\"stretched_block\", \"late_press\"]}", 0.3 + 0.6 * Math.abs(Math.sin(i / 3.0)),
                    i % 3 == 0 ? "HIGH" : "MEDIUM");
        }
        alert(1, 600, 0.82);
        alert(2, 1500, 0.7);
        alert(3, 3900, 0.9);
        alert(4, 4500, 0.65);
        decide("D-1", "accept");
        decide("D-2", "dismiss");
        note(coach, "tactical", "Press the left side — Дмитрий drifts inside", 1300);
        note(api.login(club.analystEmail(), TestAccounts.PASSWORD), "live_reaction", "Łukasz is on a yellow: attack him",
                2100);
    }

    @Test
    void timelineXmlValidatesAgainstTheSchemaAndRoundTripsTheCounts() throws Exception {
        Download before = download("timeline.xml", coach);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.header("Content-Type")).startsWith("application/xml");
        assertThat(before.header("Content-Disposition")).startsWith("attachment").contains("_timeline.xml");
        TimelineFiles.validate(before.body());
        Document xml = TimelineFiles.parse(before.body());
        assertThat(TimelineFiles.sources(xml)).isEqualTo(Map.of("Alert", count("tactical_alerts"), "Segment",
                count("analysis_segments"), "Note", count("match_notes"), "Event", count("match_events")));
        // no video anchor yet: alerts and segments say so instead of inventing a time
        assertThat(untimed(xml)).isEqualTo(4 + SEGMENTS + 1);
        assertThat(before.text()).contains("No video anchor is set for the match; match time 10:00.",
                "only the match minute 50", "<text>accepted</text>", "<text>dismissed</text>", "Дмитрий Иванов (#9)");

        api.postJson("/api/matches/" + match + "/video-anchor?force=false", Map.of("video_anchor_seconds", 120), coach);
        Download after = download("timeline.xml", coach);
        TimelineFiles.validate(after.body());
        Document anchored = TimelineFiles.parse(after.body());
        assertThat(untimed(anchored)).isEqualTo(1);
        assertThat(after.text()).contains("<ID>1</ID><start>705</start><end>735</end><code>PRESSING</code>");
    }

    @Test
    void timelineCsvParsesWithARealCsvParser() throws Exception {
        Download csv = download("timeline.csv", coach);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("_timeline.csv");

        List<CSVRecord> rows = TimelineFiles.csv(csv.text());
        assertThat(rows).hasSize(4 + SEGMENTS + 2 + 4);
        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(TimelineWriters.CSV_HEADER.size()));
        assertThat(rows).filteredOn(r -> r.get("source").equals("alert")).extracting(r -> r.get("code"))
                .containsExactlyElementsOf(CATEGORIES);
        assertThat(rows).filteredOn(r -> r.get("source").equals("alert")).extracting(r -> r.get("coach_feedback"))
                .containsExactly("accepted", "dismissed", "ignored", "ignored");
        assertThat(rows).extracting(r -> r.get("player")).contains("Дмитрий Иванов (#9)", "Łukasz Piszczek (#26)");
        assertThat(rows).filteredOn(r -> r.get("source").equals("note")).extracting(r -> r.get("free_text"))
                .contains("Press the left side — Дмитрий drifts inside");
    }

    @Test
    void timelineJsonHasTheSameModelAndLeavesNotesOutForCallersWhoMayNotReadThem() throws Exception {
        Download json = download("timeline.json", coach);
        assertThat(json.status()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(json.body());
        assertThat(body.get("notes_included").asBoolean()).isTrue();
        assertThat(body.get("counts").get("alerts").asInt()).isEqualTo(4);
        assertThat(body.get("counts").get("segments").asInt()).isEqualTo(SEGMENTS);
        assertThat(body.get("counts").get("notes").asInt()).isEqualTo(2);
        assertThat(body.get("counts").get("events").asInt()).isEqualTo(4);
        assertThat(body.get("instances")).hasSize(4 + SEGMENTS + 2 + 4);
        assertThat(body.get("match").get("home_team").asString()).isEqualTo(home);

        // the player role reads football data but not notes (GET /api/matches/{id}/notes is 403 for it)
        String player = api.login(club.playerEmail(), TestAccounts.PASSWORD);
        JsonNode theirs = JsonMapper.builder().build().readTree(download("timeline.json", player).body());
        assertThat(theirs.get("notes_included").asBoolean()).isFalse();
        assertThat(theirs.get("counts").get("notes").asInt()).isZero();
        assertThat(download("timeline.csv", player).text()).doesNotContain("drifts inside");
        assertThat(pdfText(download("report.pdf", player).body())).doesNotContain("drifts inside");
    }

    @Test
    void reportPdfShowsTeamsScoreAlertsAndNamesInEveryScriptAndRendersPageOne() throws Exception {
        Download pdf = download("report.pdf", coach);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).startsWith("attachment").contains("_report.pdf");

        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isBetween(1, 3);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(home, away, "2 – 1", "Decision review", "Severity over the match",
                    "Thomas Müller", "Martin Ødegaard", "Łukasz Piszczek", "Дмитрий Иванов", "Press the left side");
            assertThat(text).contains(CATEGORIES);
            assertThat(text.indexOf("Дмитрий Иванов")).as("best rating first").isLessThan(text.indexOf("Thomas Müller"));
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
            document.getPage(0).getResources().getFontNames().forEach(name -> {
                try {
                    assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            assertThat(page.getWidth()).isGreaterThan(800);
            assertThat(colouredPixels(page)).as("the chart and its markers are drawn").isGreaterThan(2000);
            Path png = Path.of("target", "exports", "it-report-page1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
        }
    }

    @Test
    void aMatchWithoutAnalysisGetsAShorterReportNotAnError() throws Exception {
        String plain = TestAccounts.newMatch(club);
        Download pdf = download(plain, "report.pdf", coach);
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("No tactical analysis for this match", "No team statistics recorded",
                    "No player ratings recorded").doesNotContain("Decision review");
            new PDFRenderer(document).renderImageWithDPI(0, 72);
        }
        Download xml = download(plain, "timeline.xml", coach);
        TimelineFiles.validate(xml.body());
        assertThat(TimelineFiles.sources(TimelineFiles.parse(xml.body()))).isEmpty();
    }

    @Test
    void aLongReportStopsAtThreePagesAndSaysWhatIsLeftOut() throws Exception {
        for (int i = 0; i < 80; i++) {
            note(coach, "tactical", "Note " + i + ": " + "the back line steps up too late again; ".repeat(6), 60 * i);
        }
        try (PDDocument document = Loader.loadPDF(download("report.pdf", coach).body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(MatchReportPdf.MAX_PAGES);
            assertThat(new PDFTextStripper().getText(document)).contains("more notes in the timeline export");
        }
    }

    @Test
    void unknownAndForeignMatchesAnswer404ProblemsAndAnonymousCallers401() {
        TestAccounts.Club other = TestAccounts.newClub();
        String foreign = api.login(other.coachEmail(), TestAccounts.PASSWORD);
        for (String route : ROUTES) {
            String accept = switch (route.substring(route.indexOf('.') + 1)) {
                case "pdf" -> "application/pdf";
                case "xml" -> "application/xml";
                case "csv" -> "text/csv";
                default -> "application/json";
            };
            Download unknown = TimelineFiles.get(port, "/api/matches/" + UUID.randomUUID() + "/" + route, coach, accept);
            assertThat(unknown.status()).as(route).isEqualTo(404);
            assertThat(unknown.header("Content-Type")).as(route).startsWith("application/problem+json");
            assertThat(unknown.text()).contains("\"detail\":\"Match not found.\"", "trace_id");
            assertThat(download("../" + match + "/" + route, foreign).status()).isIn(400, 404);
            assertThat(download(route, foreign).status()).as(route).isEqualTo(404);
            assertThat(download(route, foreign).text()).doesNotContain(home);
            assertThat(download(route, null).status()).as(route).isEqualTo(401);
        }
    }

    @Test
    void theOpenApiDocumentListsTheFourDownloadsWithTheirContentTypes() {
        JsonNode paths = api.get("/v3/api-docs", null).json().get("paths");
        assertThat(paths.get("/api/matches/{id}/timeline.xml").get("get").get("responses").get("200").get("content")
                .has("application/xml")).isTrue();
        assertThat(paths.get("/api/matches/{id}/timeline.csv").get("get").get("responses").get("200").get("content")
                .has("text/csv")).isTrue();
        assertThat(paths.get("/api/matches/{id}/timeline.json").get("get").get("responses").get("200").get("content")
                .has("application/json")).isTrue();
        JsonNode pdf = paths.get("/api/matches/{id}/report.pdf").get("get").get("responses").get("200");
        assertThat(pdf.get("content").has("application/pdf")).isTrue();
        assertThat(pdf.get("headers").has("Content-Disposition")).isTrue();
    }

    private Download download(String route, String token) {
        return download(match, route, token);
    }

    private Download download(String matchId, String route, String token) {
        return TimelineFiles.get(port, "/api/matches/" + matchId + "/" + route, token, null);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE match_id = :m").param("m", match)
                .query(Integer.class).single();
    }

    private static int untimed(Document xml) {
        return ((Element) xml.getElementsByTagName("UNTIMED_INSTANCES").item(0))
                .getElementsByTagName("instance").getLength();
    }

    private static int colouredPixels(BufferedImage image) {
        int coloured = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    coloured++;
                }
            }
        }
        return coloured;
    }

    private String player(String teamId, String name, int jersey, double rating) {
        String id = UUID.randomUUID().toString();
        TestAccounts.execute("INSERT INTO players (id, team_id, name, jersey_number) VALUES (?, ?, ?, ?)", id, teamId,
                name, jersey);
        TestAccounts.execute("""
                INSERT INTO player_match_statistics (id, match_id, player_id, minutes_played, rating)
                VALUES (?, ?, ?, 90, ?)
                """, UUID.randomUUID().toString(), match, id, rating);
        return id;
    }

    private void event(String playerId, String teamId, String type, int minute, Double video) {
        TestAccounts.execute("""
                INSERT INTO match_events (id, match_id, player_id, team_id, event_type, minute, video_timestamp)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, UUID.randomUUID().toString(), match, playerId, teamId, type, minute, video);
    }

    private void teamStatistics(String teamId, double possession, double xg, int shots) {
        TestAccounts.execute("""
                INSERT INTO match_team_statistics (id, match_id, team_id, possession_percentage, expected_goals,
                                                   total_shots, shots_on_target, pressures, final_third_passes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, UUID.randomUUID().toString(), match, teamId, possession, xg, shots, shots / 2, shots * 9,
                shots * 4);
    }

    private void alert(int n, double matchTime, double severity) {
        String category = CATEGORIES.get(n - 1);
        ingest.ingest(match, null, new AlertReport("A-" + n, String.format("%02d:%02d", (int) matchTime / 60,
                (int) matchTime % 60), severity, severity >= 0.8 ? "CRITICAL" : "HIGH", category, category + "_FIX",
                "ACTIVE", "Adjust " + category.toLowerCase(), 30, 1,
                "{\"decision_id\":\"D-" + n + "\",\"match_time\":" + matchTime
                        + ",\"recommended_action\":\"Fix the " + category.toLowerCase() + "\"}"));
    }

    private void decide(String decision, String action) {
        HttpApi.Response response = api.postJson("/api/decision/feedback",
                Map.of("decision_id", decision, "action", action, "match_id", match), coach);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private void note(String token, String type, String content, double video) {
        HttpApi.Response response = api.postJson("/api/matches/" + match + "/notes",
                Map.of("content", content, "note_type", type, "video_timestamp", video), token);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
