package com.footballcoach.product.imports;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of an import: the provider-match key, the opponent and squads it resolves against, and
 * the rows it writes, each table in one multi-row statement (per 500 rows) rather than one per row.
 */
@Repository
class ImportRepository {

    private static final int ROWS_PER_STATEMENT = 500;

    private final JdbcClient jdbc;

    ImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A squad player the provider's players are matched against. */
    record SquadPlayer(String id, String name, @Nullable Integer jerseyNumber) {
    }

    Optional<String> findImportedMatch(String clubId, String provider, String providerMatchId) {
        return jdbc.sql("""
                SELECT match_id FROM match_imports
                 WHERE club_id = :club AND provider = :provider AND provider_match_id = :key
                """).param("club", clubId).param("provider", provider).param("key", providerMatchId)
                .query(String.class).optional();
    }

    /** A team of the club with this name, other than the given one, oldest first. */
    Optional<String> findClubTeamByName(String clubId, String name, String except) {
        return jdbc.sql("""
                SELECT id FROM teams WHERE user_id = :club AND name = :name AND id <> :except
                 ORDER BY created_at, id LIMIT 1
                """).param("club", clubId).param("name", name).param("except", except).query(String.class).optional();
    }

    Optional<String> findTeamName(String teamId) {
        return jdbc.sql("SELECT name FROM teams WHERE id = :id").param("id", teamId).query(String.class).optional();
    }

    void insertTeam(String id, String clubId, String name) {
        jdbc.sql("INSERT INTO teams (id, name, user_id) VALUES (:id, :name, :club)")
                .param("id", id).param("name", name).param("club", clubId).update();
    }

    List<SquadPlayer> findSquad(String teamId) {
        return jdbc.sql("SELECT id, name, jersey_number FROM players WHERE team_id = :team ORDER BY created_at, id")
                .param("team", teamId)
                .query((rs, n) -> new SquadPlayer(rs.getString(1), rs.getString(2),
                        rs.getObject(3) == null ? null : rs.getInt(3)))
                .list();
    }

    /** A formation named like {@code 4-3-3} that the club may use (global or its own), if any. */
    Optional<String> findFormation(String clubId, String name) {
        return jdbc.sql("""
                SELECT id FROM formations WHERE name = :name AND (user_id IS NULL OR user_id = :club)
                 ORDER BY user_id IS NULL, created_at, id LIMIT 1
                """).param("name", name).param("club", clubId).query(String.class).optional();
    }

    void insertMatch(String id, String home, String away, LocalDateTime dateTime, int homeScore, int awayScore) {
        jdbc.sql("""
                INSERT INTO matches (id, home_team_id, away_team_id, date_time, status, home_score, away_score)
                VALUES (:id, :home, :away, :dateTime, 'completed', :homeScore, :awayScore)
                """).param("id", id).param("home", home).param("away", away).param("dateTime", dateTime)
                .param("homeScore", homeScore).param("awayScore", awayScore).update();
    }

    int updateMatch(String id, String home, String away, LocalDateTime dateTime, int homeScore, int awayScore) {
        return jdbc.sql("""
                UPDATE matches SET home_team_id = :home, away_team_id = :away, date_time = :dateTime,
                       status = 'completed', home_score = :homeScore, away_score = :awayScore
                 WHERE id = :id
                """).param("id", id).param("home", home).param("away", away).param("dateTime", dateTime)
                .param("homeScore", homeScore).param("awayScore", awayScore).update();
    }

    void insertImport(String clubId, String provider, String providerMatchId, String matchId, int eventCount) {
        jdbc.sql("""
                INSERT INTO match_imports (club_id, provider, provider_match_id, match_id, event_count)
                VALUES (:club, :provider, :key, :match, :events)
                """).param("club", clubId).param("provider", provider).param("key", providerMatchId)
                .param("match", matchId).param("events", eventCount).update();
    }

    int updateImport(String clubId, String provider, String providerMatchId, int eventCount) {
        return jdbc.sql("""
                UPDATE match_imports SET event_count = :events, imported_at = CURRENT_TIMESTAMP(6)
                 WHERE club_id = :club AND provider = :provider AND provider_match_id = :key
                """).param("club", clubId).param("provider", provider).param("key", providerMatchId)
                .param("events", eventCount).update();
    }

    /** Removes what a previous import wrote for the match, so that the new one replaces it. */
    void deleteMatchData(String matchId) {
        for (String table : List.of("match_lineups", "match_events", "player_match_statistics",
                "match_team_statistics")) {
            jdbc.sql("DELETE FROM " + table + " WHERE match_id = :match").param("match", matchId).update();
        }
    }

    void insertPlayers(List<List<@Nullable Object>> rows) {
        insertRows("players", List.of("id", "name", "team_id", "position", "jersey_number"), rows);
    }

    void insertLineups(List<List<@Nullable Object>> rows) {
        insertRows("match_lineups", List.of("id", "match_id", "team_id", "formation_id", "player_id", "is_starting",
                "position_in_formation"), rows);
    }

    void insertEvents(List<List<@Nullable Object>> rows) {
        insertRows("match_events", List.of("id", "match_id", "player_id", "team_id", "event_type", "minute",
                "coordinates"), rows);
    }

    static final List<String> PLAYER_STATISTICS = List.of("id", "match_id", "player_id", "minutes_played", "shots",
            "shots_on_target", "passes", "accurate_passes", "tackles", "interceptions", "clearances", "saves",
            "fouls_committed", "fouls_suffered", "offsides", "key_passes", "pressures", "player_xg");

    void insertPlayerStatistics(List<List<@Nullable Object>> rows) {
        insertRows("player_match_statistics", PLAYER_STATISTICS, rows);
    }

    void insertTeamStatistics(List<List<@Nullable Object>> rows) {
        insertRows("match_team_statistics", List.of("id", "match_id", "team_id", "possession_percentage",
                "expected_goals", "total_shots", "shots_on_target", "pressures", "final_third_passes"), rows);
    }

    /** The imported match as the app reads a match, with team names. */
    ImportedMatch.MatchView findMatch(String id) {
        return jdbc.sql("""
                SELECT m.id, m.home_team_id, m.away_team_id, h.name AS home_team_name, a.name AS away_team_name,
                       m.event_id, m.date_time, m.venue, m.status, m.home_score, m.away_score,
                       m.video_anchor_seconds, m.created_at
                  FROM matches m
                  JOIN teams h ON h.id = m.home_team_id
                  JOIN teams a ON a.id = m.away_team_id
                 WHERE m.id = :id
                """).param("id", id).query((rs, n) -> new ImportedMatch.MatchView(rs.getString("id"),
                        rs.getString("home_team_id"), rs.getString("away_team_id"), rs.getString("home_team_name"),
                        rs.getString("away_team_name"), rs.getString("event_id"),
                        rs.getObject("date_time", LocalDateTime.class), rs.getString("venue"), rs.getString("status"),
                        rs.getInt("home_score"), rs.getInt("away_score"),
                        rs.getObject("video_anchor_seconds") == null ? null : rs.getInt("video_anchor_seconds"),
                        rs.getObject("created_at", LocalDateTime.class)))
                .single();
    }

    private void insertRows(String table, List<String> columns, List<List<@Nullable Object>> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<List<@Nullable Object>> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                    .append(String.join(", ", columns)).append(") VALUES ");
            Map<String, @Nullable Object> params = new HashMap<>();
            for (int r = 0; r < chunk.size(); r++) {
                List<String> names = new ArrayList<>(columns.size());
                for (int c = 0; c < columns.size(); c++) {
                    String name = "p" + r + "_" + c;
                    names.add(":" + name);
                    params.put(name, chunk.get(r).get(c));
                }
                sql.append(r == 0 ? "" : ", ").append('(').append(String.join(", ", names)).append(')');
            }
            int inserted = jdbc.sql(sql.toString()).params(params).update();
            if (inserted != chunk.size()) {
                throw new IllegalStateException(table + ": inserted " + inserted + " of " + chunk.size() + " rows");
            }
        }
    }
}
