package com.footballcoach.platform.demo;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;

/** The rows of one table, inserted with one JDBC batch (demo club) or multi-row INSERTs (league). */
final class Rows {

    private final String table;
    private final List<String> columns;
    private final List<Object[]> values = new ArrayList<>();

    Rows(String table, String... columns) {
        this.table = table;
        this.columns = List.of(columns);
    }

    // the columns both the demo club and the league write, one list per table

    static Rows users() {
        return new Rows("users", "id", "email", "password_hash", "full_name", "user_type",
                "is_active", "created_at", "updated_at");
    }

    static Rows teams() {
        return new Rows("teams", "id", "name", "user_id", "primary_color", "secondary_color",
                "created_at", "updated_at");
    }

    static Rows staff() {
        return new Rows("staff", "id", "team_id", "user_id", "name", "role", "permission_level",
                "email", "created_at", "updated_at");
    }

    static Rows players() {
        return new Rows("players", "id", "team_id", "name", "position", "jersey_number",
                "birth_date", "dominant_foot", "height_cm", "weight_kg", "nationality", "country_code", "market_value",
                "created_at", "updated_at");
    }

    static Rows competitions() {
        return new Rows("events", "id", "name", "user_id", "created_at");
    }

    static Rows matches() {
        return new Rows("matches", "id", "home_team_id", "away_team_id", "event_id", "date_time",
                "venue", "status", "home_score", "away_score", "created_at", "updated_at");
    }

    static Rows lineups() {
        return new Rows("match_lineups", "id", "match_id", "team_id", "formation_id",
                "player_id", "is_starting", "position_in_formation");
    }

    static Rows matchEvents() {
        return new Rows("match_events", "id", "match_id", "player_id", "team_id",
                "event_type", "minute", "video_timestamp", "coordinates");
    }

    static Rows playerStats() {
        return new Rows("player_match_statistics", "id", "match_id", "player_id",
                "minutes_played", "shots", "shots_on_target", "passes", "accurate_passes", "tackles", "interceptions",
                "clearances", "saves", "fouls_committed", "fouls_suffered", "offsides", "sprint_count", "key_passes",
                "progressive_carries", "pressures", "distance_covered_km", "player_xg", "press_resistance_success_rate",
                "defensive_coverage_km", "sprint_distance_m", "avg_speed_kmh", "max_speed_kmh", "rating", "notes");
    }

    static Rows teamStats() {
        return new Rows("match_team_statistics", "id", "match_id", "team_id",
                "possession_percentage", "expected_goals", "total_shots", "shots_on_target", "pressures",
                "final_third_passes", "high_turnover_zones_data", "set_piece_xg_breakdown_data", "transition_speed_data",
                "build_up_patterns", "defensive_block_patterns", "pass_network_data", "zone_analysis_data",
                "tactical_weakness_data");
    }

    static Rows notes() {
        return new Rows("match_notes", "id", "match_id", "user_id", "content", "note_type",
                "video_timestamp", "created_at");
    }

    void add(@Nullable Object... row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException(table + " takes " + columns.size() + " values, not " + row.length);
        }
        Object[] copy = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
            // a typed NULL spares the driver a metadata round trip per parameter
            copy[i] = row[i] == null ? new SqlParameterValue(Types.VARCHAR, null) : row[i];
        }
        values.add(copy);
    }

    String table() {
        return table;
    }

    String insertSql() {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    List<String> columns() {
        return columns;
    }

    /** Forgets the rows, once written, so the next chunk reuses the table's column list. */
    void clear() {
        values.clear();
    }

    List<Object[]> values() {
        return Collections.unmodifiableList(values);
    }

    int size() {
        return values.size();
    }
}
