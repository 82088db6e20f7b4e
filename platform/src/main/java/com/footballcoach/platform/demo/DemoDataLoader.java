package com.footballcoach.platform.demo;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo club platform into an empty database: two clubs with squads, a season of
 * completed matches (lineups, events, player and team statistics), upcoming fixtures, notes,
 * meetings, training sessions and tactical alerts, plus the logins listed by {@link #accounts()}.
 *
 * <p>Everything is written in one transaction, and only when the {@code users} table is empty,
 * so a database that has ever had an account is never touched. The data is deterministic for a
 * given clock: a seeded random source, name-based ids, and dates relative to now (completed
 * matches over the last five months, upcoming ones in the next three weeks). If two instances
 * race on an empty database, the second fails on the unique e-mail and rolls back.
 *
 * <p>Not a Spring component: a configuration class creates it when demo data is enabled.
 */
public final class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    public DemoDataLoader(DataSource dataSource, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The demo logins, with their clear-text passwords, as the README prints them. */
    public static List<DemoAccount> accounts() {
        return DemoDataset.USERS.stream().map(DemoDataset.DemoUser::account).toList();
    }

    /**
     * Loads the demo data if the database has no user yet.
     *
     * @return whether it loaded anything
     */
    public boolean loadIfEmpty() {
        Boolean loaded = transaction.execute(status -> {
            Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM users", Integer.class);
            if (existing == null || existing > 0) {
                return false;
            }
            long started = System.nanoTime();
            Map<String, String> hashes = new HashMap<>();
            List<Rows> tables = DemoDataset.generate(clock.instant(),
                    password -> hashes.computeIfAbsent(password, passwordEncoder::encode));
            int rows = 0;
            for (Rows table : tables) {
                jdbc.batchUpdate(table.insertSql(), table.values());
                rows += table.size();
            }
            log.info("Loaded demo data: {} rows in {} tables in {} ms", rows, tables.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }
}
