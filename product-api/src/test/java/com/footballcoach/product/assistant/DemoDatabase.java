package com.footballcoach.product.assistant;

import com.footballcoach.embedded.TestDatabase;
import com.footballcoach.platform.demo.DemoDataLoader;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** A schema of its own with the demo data loaded (once per test JVM), for the analytics and the demo answers. */
final class DemoDatabase {

    private static TestDatabase database;
    private static DataSource dataSource;

    private DemoDatabase() {
    }

    static synchronized TestDatabase database() {
        if (database == null) {
            database = TestDatabase.shared().newSchema();
            dataSource = new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), database.jdbcUrl(), database.user(),
                    database.password());
            new DemoDataLoader(dataSource, new BCryptPasswordEncoder(4), Clock.systemUTC()).loadIfEmpty();
        }
        return database;
    }

    static DataSource dataSource() {
        database();
        return dataSource;
    }
}
