package com.footballcoach.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.embedded.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The full {@code DEMO_DATA=league} load on the embedded database, timed: a measurement, run on
 * demand only ({@code -Dleague.full=true}), as it takes minutes and the whole machine.
 */
@EnabledIfSystemProperty(named = "league.full", matches = "true")
class DemoLeagueFullScaleIT {

    @Test
    void loadsTheFullLeague() {
        TestDatabase database = TestDatabase.shared().newSchema();
        DataSource dataSource = new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), database.jdbcUrl(),
                database.user(), database.password());
        new DemoDataLoader(dataSource, new BCryptPasswordEncoder(4), Clock.systemUTC()).loadIfEmpty();
        long started = System.nanoTime();

        assertThat(new DemoLeagueLoader(dataSource, new BCryptPasswordEncoder(), Clock.systemUTC(), LeagueSize.FULL)
                .loadIfAbsent()).isTrue();

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        System.out.printf("Full demo league: %d s; %d teams, %d players, %d completed matches, %d lineups, %d events,"
                        + " %d segments, %d alerts%n", took.toSeconds(),
                jdbc.queryForObject("SELECT COUNT(*) FROM teams", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM players", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM matches WHERE status = 'completed'", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM match_lineups", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM match_events", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM analysis_segments", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM tactical_alerts", Long.class));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM matches WHERE status = 'completed'", Long.class))
                .isGreaterThanOrEqualTo(2_000);
    }
}
