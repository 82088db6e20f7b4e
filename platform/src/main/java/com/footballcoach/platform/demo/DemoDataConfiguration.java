package com.footballcoach.platform.demo;

import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Loads the demo data into an empty database once the app that owns the schema is ready — only
 * when {@code DEMO_DATA=true} (set by {@code ./coach up}) and this app migrates the schema.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("coach.demo-data")
@ConditionalOnProperty(name = "coach.schema.mode", havingValue = "migrate")
class DemoDataConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoDataConfiguration.class);

    @Bean
    DemoDataLoader demoDataLoader(DataSource dataSource, PasswordEncoder passwordEncoder, Clock clock) {
        return new DemoDataLoader(dataSource, passwordEncoder, clock);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> demoDataOnStart(DemoDataLoader loader) {
        return event -> {
            long started = System.nanoTime();
            if (loader.loadIfEmpty()) {
                log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
            } else {
                log.info("Database not empty: demo data left alone");
            }
        };
    }
}
