package com.footballcoach.platform.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.embedded.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

class SchemaMigrationIT {

    private static final List<String> TABLES = List.of("users", "staff", "teams", "players", "formations", "events",
            "matches", "match_events", "match_lineups", "player_match_statistics", "match_team_statistics",
            "match_notes", "reunions", "training_sessions", "analysis_reports", "analysis_runs", "video_segments",
            "analysis_segments", "tactical_alerts", "decision_feedback", "tactical_insights", "app_settings");

    @Test
    void migrationsCreateEveryTableOnAnEmptyDatabaseAndReRunAsANoOp() throws Exception {
        TestDatabase empty = TestDatabase.shared().newSchema();

        Flyway flyway = Flyway.configure().dataSource(empty.jdbcUrl(), empty.user(), empty.password())
                .locations("classpath:db/migration").load();
        MigrateResult again = flyway.migrate();
        flyway.validate();

        assertThat(again.migrationsExecuted).isZero();
        assertThat(tables(empty)).containsAll(TABLES);
    }

    @Test
    void everyForeignKeyHasADeliberateDeleteRuleAndEveryTableUsesUtf8mb4() throws Exception {
        TestDatabase db = TestDatabase.shared();
        try (Connection c = db.connect()) {
            ResultSet rules = c.createStatement().executeQuery("""
                    SELECT COUNT(*), SUM(DELETE_RULE IN ('CASCADE', 'SET NULL', 'RESTRICT'))
                      FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()
                    """);
            rules.next();
            assertThat(rules.getInt(1)).isGreaterThan(25);
            assertThat(rules.getInt(2)).isEqualTo(rules.getInt(1));

            ResultSet charsets = c.createStatement().executeQuery("""
                    SELECT COUNT(*) FROM information_schema.TABLES
                     WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'flyway_schema_history'
                       AND TABLE_COLLATION NOT LIKE 'utf8mb4%'
                    """);
            charsets.next();
            assertThat(charsets.getInt(1)).isZero();
        }
    }

    private static List<String> tables(TestDatabase db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect();
                ResultSet rows = c.createStatement().executeQuery(
                        "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
