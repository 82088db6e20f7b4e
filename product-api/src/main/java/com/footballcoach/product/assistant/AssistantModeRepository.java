package com.footballcoach.product.assistant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mode in {@code app_settings} (key {@code assistant_mode}), so that every instance agrees. */
@Repository
class AssistantModeRepository {

    static final String KEY = "assistant_mode";

    private final JdbcClient jdbc;

    AssistantModeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AssistantMode find() {
        return jdbc.sql("SELECT setting_value FROM app_settings WHERE setting_key = :key").param("key", KEY)
                .query(String.class).optional().map(AssistantMode::of).orElse(AssistantMode.ASSISTANT);
    }

    void save(AssistantMode mode, String userId) {
        jdbc.sql("""
                INSERT INTO app_settings (setting_key, setting_value, updated_by) VALUES (:key, :value, :user)
                ON DUPLICATE KEY UPDATE setting_value = :value, updated_by = :user
                """).param("key", KEY).param("value", mode.code()).param("user", userId).update();
    }
}
