package com.footballcoach.platform.schema;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Applies or validates the Flyway migrations at start-up, as {@link SchemaSettings} says. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchemaSettings.class)
class SchemaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchemaConfiguration.class);

    @Bean
    FlywayMigrationStrategy schemaStrategy(SchemaSettings settings) {
        return flyway -> {
            if (settings.mode() == SchemaSettings.Mode.MIGRATE) {
                var result = flyway.migrate();
                log.info("Schema migrated: {} migration(s) applied, now at version {}",
                        result.migrationsExecuted, flyway.info().current() == null ? "none"
                                : flyway.info().current().getVersion());
            } else {
                flyway.validate();
                log.info("Schema validated against the migrations");
            }
        };
    }
}
