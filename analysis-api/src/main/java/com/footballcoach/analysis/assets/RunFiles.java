package com.footballcoach.analysis.assets;

import com.footballcoach.platform.jdbc.Rows;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the assets feature reads of {@code analysis_runs}: who owns a run and its outputs; and
 * the one write it makes, recording a preview video in the outputs.
 */
@Repository
class RunFiles {

    private final JdbcClient jdbc;

    RunFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The owner and outputs of one run. */
    record Run(String id, @Nullable String teamId, @Nullable String userId, @Nullable String outputs,
            @Nullable String inputVideoPath) {
    }

    Optional<Run> findById(String id) {
        return jdbc.sql("""
                SELECT id, team_id, user_id, outputs, input_video_path
                  FROM analysis_runs
                 WHERE id = :id
                """).param("id", id).query(Rows.of(Run.class)).optional();
    }

    /** Sets one string key of the run's {@code outputs} JSON (created when null); the row count. */
    int setOutput(String id, String key, String value) {
        return jdbc.sql("""
                UPDATE analysis_runs
                   SET outputs = JSON_SET(COALESCE(outputs, JSON_OBJECT()), :key, :value)
                 WHERE id = :id
                """).param("key", "$." + key).param("value", value).param("id", id).update();
    }
}
