package com.footballcoach.platform.schema;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who owns the schema. Exactly one deployable migrates (the product API); every other one
 * validates and refuses to start on a schema it does not expect.
 *
 * @param mode {@code migrate} or {@code validate} ({@code SCHEMA_MODE})
 */
@ConfigurationProperties("coach.schema")
public record SchemaSettings(Mode mode) {

    public enum Mode { MIGRATE, VALIDATE }

    public SchemaSettings {
        if (mode == null) {
            mode = Mode.VALIDATE;
        }
    }
}
