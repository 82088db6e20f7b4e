package com.footballcoach.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * The real database of a test JVM: a fresh, migrated schema on the embedded MariaDB, or on the
 * server named by {@code DB_HOST} (with {@code DB_PORT}, {@code DB_USER}, {@code DB_PASSWORD})
 * when that variable is set.
 *
 * <p>One server and one schema per JVM, shared by every test in it; tests create their own rows
 * (unique names and ids) instead of relying on an empty database. The schema is dropped when the
 * JVM exits (on an external server; the embedded one is thrown away whole).
 */
public final class TestDatabase {

    private static @Nullable TestDatabase shared;

    private final Server server;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String name;

    private TestDatabase(Server server, String jdbcUrl, String name) {
        this.server = server;
        this.jdbcUrl = jdbcUrl;
        this.user = server.user();
        this.password = server.password();
        this.name = name;
    }

    /** The database of this JVM, started, created and migrated on first use. */
    public static synchronized TestDatabase shared() {
        if (shared == null) {
            shared = create();
        }
        return shared;
    }

    private static TestDatabase create() {
        String host = System.getenv("DB_HOST");
        Server server;
        if (host != null && !host.isBlank()) {
            server = new Server("jdbc:mariadb://" + host + ":" + envOr("DB_PORT", "3306") + "/",
                    envOr("DB_USER", "root"), envOr("DB_PASSWORD", ""), true);
        } else {
            EmbeddedMariaDb embedded = EmbeddedMariaDb.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            server = new Server(embedded.jdbcUrl(""), "root", "", false);
        }
        return server.newDatabase();
    }

    /**
     * A second, empty and migrated schema on the same server, for tests that need a database no
     * other test writes to (for example: demo data loads into an empty database).
     */
    public TestDatabase newSchema() {
        return server.newDatabase();
    }

    /** A database server reachable over JDBC, on which each test database is a fresh schema. */
    private record Server(String url, String user, String password, boolean external) {

        TestDatabase newDatabase() {
            String name = "coach_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(url, user, password,
                    "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            if (external) {
                Runtime.getRuntime().addShutdownHook(new Thread(
                        () -> execute(url, user, password, "DROP DATABASE IF EXISTS `" + name + "`")));
            }
            TestDatabase database = new TestDatabase(this, url + name, name);
            database.migrate();
            return database;
        }
    }

    /** Applies the Flyway migrations found on the classpath ({@code db/migration}). */
    public void migrate() {
        Flyway.configure()
                .dataSource(jdbcUrl, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String name() {
        return name;
    }

    /** Opens a plain JDBC connection, for tests that check rows directly. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** Spring properties that point an application at this database. */
    public Map<String, String> springProperties() {
        return Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", user,
                "spring.datasource.password", password);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database statement failed: " + sql, e);
        }
    }

    private static String envOr(String key, String fallback) {
        String value = System.getenv(key);
        return value == null ? fallback : value;
    }
}
