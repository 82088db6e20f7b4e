package com.footballcoach.platform.demo;

import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Loads the demo data once the app that owns the schema is ready — only when {@code DEMO_DATA} is
 * {@code true} (set by {@code ./coach up}: the demo club, into an empty database) or {@code league}
 * (the demo club, then the demo league on top of it unless it is there already), and this app
 * migrates the schema.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${coach.demo-data:false}'.trim().toLowerCase() matches 'true|league'")
@ConditionalOnProperty(name = "coach.schema.mode", havingValue = "migrate")
class DemoDataConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoDataConfiguration.class);

    @Bean
    DemoDataLoader demoDataLoader(DataSource dataSource, PasswordEncoder passwordEncoder, Clock clock) {
        return new DemoDataLoader(dataSource, passwordEncoder, clock);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> demoDataOnStart(DemoDataLoader loader, DataSource dataSource,
            PasswordEncoder passwordEncoder, Clock clock, @Value("${coach.demo-data}") String mode) {
        return event -> {
            long started = System.nanoTime();
            if (loader.loadIfEmpty()) {
                log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
            } else {
                log.info("Database not empty: demo data left alone");
            }
            if (mode.trim().equalsIgnoreCase("league")) {
                new DemoLeagueLoader(dataSource, passwordEncoder, clock, LeagueSize.FULL).loadIfAbsent();
            }
        };
    }
}
