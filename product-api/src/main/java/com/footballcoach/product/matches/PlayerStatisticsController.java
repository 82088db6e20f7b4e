package com.footballcoach.product.matches;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.jdbc.Listings;
import com.footballcoach.platform.jdbc.Rows;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.InvalidInput;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.NotFound;
import com.footballcoach.platform.web.PageRequest;
import com.footballcoach.product.shared.RecordParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/player_match_statistics")
@Tag(name = "Player match statistics")
class PlayerStatisticsController {

    private final StatisticsService statistics;

    PlayerStatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @Operation(summary = "Player statistics of a match (match_id) or of every match of the caller")
    @GetMapping
    Listing<PlayerStatistics> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "match_id", required = false) @Nullable String matchId, PageRequest page) {
        return statistics.list(user, matchId, page);
    }

    @Operation(summary = "A player's statistics over their matches, newest first ([] when none)")
    @GetMapping("/player/{playerId}")
    Listing<PlayerStatistics> ofPlayer(@AuthenticationPrincipal CurrentUser user, @PathVariable String playerId,
            PageRequest page) {
        return statistics.ofPlayer(user, playerId, page);
    }

    @Operation(summary = "One statistics row")
    @GetMapping("/{id}")
    PlayerStatistics get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return statistics.visible(user, id);
    }

    @Operation(summary = "Record a player's statistics in a match (one row per match and player: 409 on a second)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PlayerStatistics create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody StatisticsInput body) {
        return statistics.create(user, body);
    }

    @Operation(summary = "Change a statistics row; absent or null fields keep their value")
    @PutMapping("/{id}")
    PlayerStatistics update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Valid @RequestBody StatisticsInput body) {
        return statistics.update(user, id, body);
    }

    @Operation(summary = "Delete a statistics row")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        statistics.delete(user, id);
    }

    /** A player's numbers in one match; match_id and player_id cannot change on update. */
    record StatisticsInput(@Nullable String matchId, @Nullable String playerId,
            @Nullable @Min(0) @Max(150) Integer minutesPlayed, @Nullable @PositiveOrZero Integer shots,
            @Nullable @PositiveOrZero Integer shotsOnTarget, @Nullable @PositiveOrZero Integer passes,
            @Nullable @PositiveOrZero Integer accuratePasses, @Nullable @PositiveOrZero Integer tackles,
            @Nullable @PositiveOrZero Integer interceptions, @Nullable @PositiveOrZero Integer clearances,
            @Nullable @PositiveOrZero Integer saves, @Nullable @PositiveOrZero Integer foulsCommitted,
            @Nullable @PositiveOrZero Integer foulsSuffered, @Nullable @PositiveOrZero Integer offsides,
            @Nullable @PositiveOrZero Integer sprintCount, @Nullable @PositiveOrZero Integer keyPasses,
            @Nullable @PositiveOrZero Integer progressiveCarries, @Nullable @PositiveOrZero Integer pressures,
            @Nullable @DecimalMin("0") @DecimalMax("999.99") BigDecimal distanceCoveredKm,
            @Nullable @DecimalMin("0") @DecimalMax("999.99") BigDecimal playerXg,
            @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal pressResistanceSuccessRate,
            @Nullable @DecimalMin("0") @DecimalMax("999.99") BigDecimal defensiveCoverageKm,
            @Nullable @DecimalMin("0") @DecimalMax("999999.9") BigDecimal sprintDistanceM,
            @Nullable @DecimalMin("0") @DecimalMax("999.99") BigDecimal avgSpeedKmh,
            @Nullable @DecimalMin("0") @DecimalMax("999.99") BigDecimal maxSpeedKmh,
            @Nullable @DecimalMin("0") @DecimalMax("10") BigDecimal rating,
            @Nullable @Size(max = 10_000) String notes) {
    }

    @Service
    static class StatisticsService {

        private final StatisticsRepository statistics;
        private final MatchAccess access;
        private final ClubScope scope;
        private final JdbcClient jdbc;

        StatisticsService(StatisticsRepository statistics, MatchAccess access, ClubScope scope, JdbcClient jdbc) {
            this.statistics = statistics;
            this.access = access;
            this.scope = scope;
            this.jdbc = jdbc;
        }

        @Transactional(readOnly = true)
        Listing<PlayerStatistics> list(CurrentUser user, @Nullable String matchId, PageRequest page) {
            return statistics.findAll(access.teamIdsForList(user, matchId), matchId, null, page);
        }

        /** 404 for an unknown or foreign player; {@code []} for a player of the caller without statistics. */
        @Transactional(readOnly = true)
        Listing<PlayerStatistics> ofPlayer(CurrentUser user, String playerId, PageRequest page) {
            boolean visible = jdbc.sql("""
                    SELECT p.team_id, t.user_id FROM players p JOIN teams t ON t.id = p.team_id WHERE p.id = :id
                    """).param("id", playerId).query((rs, n) -> scope.sees(user, rs.getString(1), rs.getString(2)))
                    .optional().orElse(false);
            if (!visible) {
                throw new NotFound("Player");
            }
            return statistics.findAll(access.teamIds(user), null, playerId, page);
        }

        @Transactional(readOnly = true)
        PlayerStatistics visible(CurrentUser user, String id) {
            return access.requireRowOfMatch(user, statistics.findById(id), PlayerStatistics::matchId, "Statistics");
        }

        @Transactional
        PlayerStatistics create(CurrentUser user, StatisticsInput body) {
            Match match = access.requireMatchReference(user, body.matchId());
            if (body.playerId() == null) {
                throw new InvalidInput("player_id", "player_id must not be blank.");
            }
            access.requirePlayer(user, match, body.playerId());
            String id = UUID.randomUUID().toString();
            statistics.insert(id, body);
            return statistics.findById(id).orElseThrow();
        }

        @Transactional
        PlayerStatistics update(CurrentUser user, String id, StatisticsInput body) {
            visible(user, id);
            statistics.update(id, body);
            return statistics.findById(id).orElseThrow();
        }

        @Transactional
        void delete(CurrentUser user, String id) {
            visible(user, id);
            statistics.deleteById(id);
        }
    }

    @Repository
    static class StatisticsRepository {

        private static final List<String> INSERT_COLUMNS = java.util.stream.Stream.concat(
                java.util.stream.Stream.of("match_id", "player_id"), PlayerStatistics.VALUE_COLUMNS.stream()).toList();
        private static final String INSERT = Columns.insert("player_match_statistics", INSERT_COLUMNS);
        private static final String UPDATE = Columns.update("player_match_statistics", PlayerStatistics.VALUE_COLUMNS);

        private final JdbcClient jdbc;
        private final Listings listings;

        StatisticsRepository(JdbcClient jdbc, Listings listings) {
            this.jdbc = jdbc;
            this.listings = listings;
        }

        Listing<PlayerStatistics> findAll(List<String> teamIds, @Nullable String matchId, @Nullable String playerId,
                PageRequest page) {
            if (teamIds.isEmpty()) {
                return Listing.empty(page);
            }
            return listings.query(PlayerStatistics.SELECT + """
                      JOIN matches m ON m.id = s.match_id
                     WHERE (m.home_team_id IN (:teams) OR m.away_team_id IN (:teams))
                       AND (:match IS NULL OR s.match_id = :match)
                       AND (:player IS NULL OR s.player_id = :player)""", "m.date_time DESC, m.id, s.player_id, s.id")
                    .param("teams", teamIds).param("match", matchId).param("player", playerId)
                    .page(page, Rows.of(PlayerStatistics.class));
        }

        Optional<PlayerStatistics> findById(String id) {
            return jdbc.sql(PlayerStatistics.SELECT + " WHERE s.id = :id").param("id", id)
                    .query(Rows.of(PlayerStatistics.class)).optional();
        }

        void insert(String id, StatisticsInput values) {
            jdbc.sql(INSERT).paramSource(RecordParams.of(values).and("id", id)).update();
        }

        int update(String id, StatisticsInput values) {
            return jdbc.sql(UPDATE).paramSource(RecordParams.of(values).and("id", id)).update();
        }

        int deleteById(String id) {
            return jdbc.sql("DELETE FROM player_match_statistics WHERE id = :id").param("id", id).update();
        }
    }
}
