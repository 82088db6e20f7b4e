package com.footballcoach.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @Test
    void sharesOneDatabasePerJvmAndHandsOutSeparateSchemasOnRequest() throws Exception {
        TestDatabase shared = TestDatabase.shared();
        assertThat(TestDatabase.shared()).isSameAs(shared);

        TestDatabase other = shared.newSchema();
        assertThat(other.name()).isNotEqualTo(shared.name());
        try (Connection c = other.connect(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT DATABASE()")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(other.name());
        }
    }
}
