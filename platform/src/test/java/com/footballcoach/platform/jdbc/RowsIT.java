package com.footballcoach.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.footballcoach.embedded.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The record row mapper on the real database: names, types, nulls, primitives, extra and missing columns. */
class RowsIT {

    record Sample(String id, @Nullable Integer jerseyNumber, int minute, double videoTimestamp, boolean isStarting,
            @Nullable BigDecimal marketValue, @Nullable LocalDate birthDate, LocalDateTime createdAt,
            @Nullable Long bigCount, @Nullable String notes) {
    }

    record Narrow(String id, String notes) {
    }

    private static JdbcClient jdbc;

    @BeforeAll
    static void table() {
        TestDatabase db = TestDatabase.shared().newSchema();
        jdbc = JdbcClient.create(new DriverManagerDataSource(db.jdbcUrl(), db.user(), db.password()));
        jdbc.sql("""
                CREATE TABLE samples (id CHAR(2) PRIMARY KEY, jersey_number INT, minute INT, video_timestamp DOUBLE,
                  is_starting TINYINT(1), market_value DECIMAL(14, 2), birth_date DATE, created_at DATETIME(6),
                  big_count BIGINT, notes TEXT, ignored_extra VARCHAR(5))
                """).update();
        jdbc.sql("""
                INSERT INTO samples VALUES
                  ('a1', 7, 63, 12.5, 1, 2900000.00, '1998-12-20', '2026-11-01 10:15:30.123456', 9000000000, 'fine', 'x'),
                  ('b2', NULL, NULL, NULL, NULL, NULL, NULL, '2026-11-02 08:00:00', NULL, NULL, NULL)
                """).update();
    }

    @Test
    void mapsEachColumnToTheComponentOfItsSnakeCaseNameWithItsType() {
        List<Sample> rows = jdbc.sql("SELECT * FROM samples ORDER BY id").query(Rows.of(Sample.class)).list();

        assertThat(rows.get(0)).isEqualTo(new Sample("a1", 7, 63, 12.5, true, new BigDecimal("2900000.00"),
                LocalDate.of(1998, 12, 20), LocalDateTime.of(2026, 11, 1, 10, 15, 30, 123_456_000), 9_000_000_000L,
                "fine"));
    }

    @Test
    void givesNullToNullableComponentsAndTheDefaultToPrimitives() {
        Sample empty = jdbc.sql("SELECT * FROM samples WHERE id = 'b2'").query(Rows.of(Sample.class)).single();

        assertThat(empty).isEqualTo(new Sample("b2", null, 0, 0.0, false, null, null,
                LocalDateTime.of(2026, 11, 2, 8, 0), null, null));
    }

    @Test
    void honoursColumnAliasesAndIgnoresColumnsNoComponentNames() {
        Narrow row = jdbc.sql("SELECT notes, 'extra' AS unused, id FROM samples WHERE id = 'a1'")
                .query(Rows.of(Narrow.class)).single();
        Narrow aliased = jdbc.sql("SELECT id, ignored_extra AS notes FROM samples WHERE id = 'a1'")
                .query(Rows.of(Narrow.class)).single();

        assertThat(row).isEqualTo(new Narrow("a1", "fine"));
        assertThat(aliased).isEqualTo(new Narrow("a1", "x"));
    }

    @Test
    void refusesAQueryThatLacksAComponentsColumn() {
        assertThatThrownBy(() -> jdbc.sql("SELECT id FROM samples").query(Rows.of(Narrow.class)).list())
                .hasMessageContaining("no column notes");
    }
}
