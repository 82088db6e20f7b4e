package com.footballcoach.platform.demo;

import com.footballcoach.platform.demo.DemoDataset.Player;
import com.footballcoach.platform.demo.DemoDataset.Team;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo league ({@code DEMO_DATA=league}) on top of the demo club: the world of a platform
 * that serves many clubs, sized by {@link LeagueSize}. The demo club's two teams play in the first
 * division, so the demo logins see full seasons.
 *
 * <p>Written in chunks (a few dozen matches, or ten analysis runs, per transaction) as multi-row
 * inserts, with the foreign keys checked; each phase is logged with its counts and elapsed time.
 * At the end it refreshes the index statistics ({@code ANALYZE TABLE}) and records the load in
 * {@code app_settings} ({@value #MARKER}): a database that has it is left alone. A load interrupted half-way is detected too (its first clubs are there
 * without the marker) and not repeated: start again from an empty database.
 */
public final class DemoLeagueLoader {

    static final String MARKER = "demo_league";
    private static final List<String> ANALYSED = List.of("users", "teams", "staff", "players", "events", "matches",
            "match_lineups", "match_events", "player_match_statistics", "match_team_statistics", "match_notes",
            "analysis_runs", "analysis_segments", "tactical_alerts", "decision_feedback");

    private static final Logger log = LoggerFactory.getLogger(DemoLeagueLoader.class);

    private final JdbcTemplate jdbc;
    private final BulkInsert out;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final LeagueSize size;

    public DemoLeagueLoader(DataSource dataSource, PasswordEncoder passwordEncoder, Clock clock, LeagueSize size) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.out = new BulkInsert(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.size = size;
    }

    /** The password of every league club owner ({@code owner01@league.demo.club}, …): demo data only. */
    public static String ownerPassword() {
        return DemoLeague.PASSWORD;
    }

    /**
     * Loads the league unless it is there already, or the demo club it builds on is missing.
     *
     * @return whether it loaded anything
     */
    public boolean loadIfAbsent() {
        Optional<String> loaded = jdbc.queryForList("SELECT setting_value FROM app_settings WHERE setting_key = ?",
                String.class, MARKER).stream().findFirst();
        if (loaded.isPresent()) {
            log.info("Demo league already loaded ({}): left alone", loaded.get());
            return false;
        }
        Integer started = jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE email = ?", Integer.class,
                "owner01@league.demo.club");
        if (started != null && started > 0) {
            log.warn("A demo league load was interrupted in this database: left as it is. "
                    + "Load the league into an empty database (an empty COACH_VAR_DIR) instead.");
            return false;
        }
        List<Team> demoTeams = new ArrayList<>();
        for (String key : List.of(DemoDataset.FIRST_TEAM, DemoDataset.SECOND_TEAM)) {
            Optional<Team> team = demoTeam(key);
            if (team.isEmpty()) {
                log.warn("The demo club's team {} is not in this database: no demo league", key);
                return false;
            }
            demoTeams.add(team.get());
        }
        long startedAt = System.nanoTime();
        long[] phaseStart = {startedAt};
        int[] phase = {0};
        int[] total = {0};
        log.info("Loading the demo league: {}", size.label());
        DemoLeague league = new DemoLeague(size, clock.instant(), passwordEncoder.encode(DemoLeague.PASSWORD),
                demoTeams);
        league.write(out, (name, items, unit, rows) -> {
            long now = System.nanoTime();
            total[0] += rows;
            log.info("Demo league phase {}/4, {}: {} {}, {} rows in {} ms (total {} rows, {} s)", ++phase[0], name,
                    items, unit, rows, (now - phaseStart[0]) / 1_000_000, total[0],
                    String.format("%.1f", (now - startedAt) / 1e9));
            phaseStart[0] = now;
        });
        // fresh index statistics, so the optimizer plans on the loaded sizes at once
        long analyse = System.nanoTime();
        jdbc.queryForList("ANALYZE TABLE " + String.join(", ", ANALYSED));
        log.info("Demo league: index statistics of {} tables refreshed in {} ms", ANALYSED.size(),
                (System.nanoTime() - analyse) / 1_000_000);
        jdbc.update("INSERT INTO app_settings (setting_key, setting_value) VALUES (?, ?)", MARKER, size.label());
        log.info("Demo league loaded: {} rows in {} s", total[0],
                String.format("%.1f", (System.nanoTime() - startedAt) / 1e9));
        return true;
    }

    /** A demo club team as stored, its players ranked per position by market value (the depth chart). */
    private Optional<Team> demoTeam(String key) {
        String teamId = DemoDataset.id("team", key);
        List<String> names = jdbc.queryForList("SELECT name FROM teams WHERE id = ?", String.class, teamId);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Map<Position, Integer> depth = new HashMap<>();
        List<Player> squad = jdbc.query("""
                SELECT id, name, position FROM players WHERE team_id = ? AND position IS NOT NULL
                 ORDER BY position, market_value DESC, id""", (rs, n) -> {
            Position position = Position.valueOf(rs.getString("position"));
            return new Player(rs.getString("id"), rs.getString("name"), position,
                    depth.merge(position, 1, Integer::sum) - 1, 0);
        }, teamId);
        boolean first = key.equals(DemoDataset.FIRST_TEAM);
        return Optional.of(new Team(teamId, key, names.get(0), first ? "Estadio Atlético Demo" : "City Demo Arena",
                first ? DemoDataset.FIRST_TEAM_STRENGTH : DemoDataset.SECOND_TEAM_STRENGTH,
                first ? DemoDataset.FIRST_TEAM_FORMATIONS : DemoDataset.SECOND_TEAM_FORMATIONS, List.copyOf(squad)));
    }
}
