package com.footballcoach.product.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.embedded.TestDatabase;
import com.footballcoach.platform.demo.DemoDataLoader;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestDatabaseInitializer;
import com.footballcoach.product.ProductApiApplication;
import com.footballcoach.product.exports.TimelineFiles.Download;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * Both exports of the demo club's latest match (the one with tactical alerts) as the demo head
 * coach sees them: the XML passes the schema check with the counts of the database, and page 1 of
 * the report renders ({@code target/exports/demo-report-page1.png}, {@code demo-timeline.xml}).
 */
@SpringBootTest(classes = ProductApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + ProductApiApplication.CONFIG_NAME)
@ContextConfiguration(initializers = ExportsDemoIT.DemoSchema.class)
class ExportsDemoIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void exportsTheDemoMatchWithAlertsAsATimelineAndAReport() throws Exception {
        HttpApi api = new HttpApi(port);
        String coach = api.login("coach@demo.club", "DemoCoach2026!");
        String match = jdbc.sql("SELECT match_id FROM tactical_alerts GROUP BY match_id").query(String.class).single();
        JsonNode info = api.get("/api/matches/" + match, coach).json();
        Path out = Files.createDirectories(Path.of("target", "exports"));

        Download xml = TimelineFiles.get(port, "/api/matches/" + match + "/timeline.xml", coach, null);
        assertThat(xml.status()).isEqualTo(200);
        Files.write(out.resolve("demo-timeline.xml"), xml.body());
        TimelineFiles.validate(xml.body());
        assertThat(TimelineFiles.sources(TimelineFiles.parse(xml.body()))).isEqualTo(Map.of(
                "Alert", count("tactical_alerts", match), "Note", count("match_notes", match),
                "Event", count("match_events", match)));
        assertThat(TimelineFiles.csv(TimelineFiles.get(port, "/api/matches/" + match + "/timeline.csv", coach, null)
                .text())).hasSize(count("tactical_alerts", match) + count("match_notes", match)
                        + count("match_events", match));

        Download pdf = TimelineFiles.get(port, "/api/matches/" + match + "/report.pdf", coach, "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        Files.write(out.resolve("demo-report.pdf"), pdf.body());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isBetween(1, 3);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(info.get("home_team_name").asString(), info.get("away_team_name").asString(),
                    info.get("home_score").asInt() + " – " + info.get("away_score").asInt(), "Decision review");
            jdbc.sql("SELECT DISTINCT category FROM tactical_alerts WHERE match_id = :m").param("m", match)
                    .query(String.class).list().forEach(category -> assertThat(text).contains(category));
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png",
                    out.resolve("demo-report-page1.png").toFile());
        }
    }

    private int count(String table, String match) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE match_id = :m").param("m", match)
                .query(Integer.class).single();
    }

    /** A schema of its own with the demo data loaded, for this test's app (keys as in every other test). */
    static class DemoSchema extends TestDatabaseInitializer {

        private static TestDatabase database;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            super.initialize(context);
            Map<String, Object> properties = new HashMap<>(database().springProperties());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("demo-database", properties));
        }

        private static synchronized TestDatabase database() {
            if (database == null) {
                database = TestDatabase.shared().newSchema();
                new DemoDataLoader(new SimpleDriverDataSource(new Driver(), database.jdbcUrl(),
                        database.user(), database.password()), new BCryptPasswordEncoder(4), Clock.systemUTC())
                        .loadIfEmpty();
            }
            return database;
        }
    }
}
