package com.footballcoach.product.matches;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.jdbc.Listings;
import com.footballcoach.platform.jdbc.Rows;
import com.footballcoach.platform.web.InvalidInput;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
@RequestMapping("/api/match_lineups")
@Tag(name = "Match lineups")
class MatchLineupController {

    private final LineupService lineups;

    MatchLineupController(LineupService lineups) {
        this.lineups = lineups;
    }

    @Operation(summary = "Lineup rows of a match (match_id) or of every match of the caller")
    @GetMapping
    Listing<MatchLineup> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "match_id", required = false) @Nullable String matchId, PageRequest page) {
        return lineups.list(user, matchId, page);
    }

    @Operation(summary = "One lineup row")
    @GetMapping("/{id}")
    MatchLineup get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return lineups.visible(user, id);
    }

    @Operation(summary = "Put a player in a match's lineup (the app's \"id\": \"\" is ignored)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MatchLineup create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody LineupInput body) {
        return lineups.create(user, body);
    }

    @Operation(summary = "Change a lineup row; absent or null fields keep their value")
    @PutMapping("/{id}")
    MatchLineup update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Valid @RequestBody LineupInput body) {
        return lineups.update(user, id, body);
    }

    @Operation(summary = "Remove a player from a lineup")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        lineups.delete(user, id);
    }

    /** A lineup row as the app sends it ({@code position_in_formation} is "x,y"). */
    record LineupInput(@Nullable String matchId, @Nullable String teamId, @Nullable String formationId,
            @Nullable String playerId, @Nullable Boolean isStarting,
            @Nullable @Size(max = 32) String positionInFormation) {
    }

    @Service
    static class LineupService {

        private final LineupRepository lineups;
        private final MatchAccess access;

        LineupService(LineupRepository lineups, MatchAccess access) {
            this.lineups = lineups;
            this.access = access;
        }

        @Transactional(readOnly = true)
        Listing<MatchLineup> list(CurrentUser user, @Nullable String matchId, PageRequest page) {
            return lineups.findAll(access.teamIdsForList(user, matchId), matchId, page);
        }

        @Transactional(readOnly = true)
        MatchLineup visible(CurrentUser user, String id) {
            return access.requireRowOfMatch(user, lineups.findById(id), MatchLineup::matchId, "Lineup");
        }

        @Transactional
        MatchLineup create(CurrentUser user, LineupInput body) {
            Match match = access.requireMatchReference(user, body.matchId());
            if (body.teamId() == null) {
                throw new InvalidInput("team_id", "team_id must not be blank.");
            }
            if (body.playerId() == null) {
                throw new InvalidInput("player_id", "player_id must not be blank.");
            }
            access.requireTeamOfMatch(match, body.teamId());
            access.requirePlayer(user, match, body.playerId());
            access.requireFormation(user, blankToNull(body.formationId()));
            String id = UUID.randomUUID().toString();
            lineups.insert(id, body.matchId(), body.teamId(), blankToNull(body.formationId()), body.playerId(),
                    body.isStarting() == null || body.isStarting(), body.positionInFormation());
            return lineups.findById(id).orElseThrow();
        }

        @Transactional
        MatchLineup update(CurrentUser user, String id, LineupInput body) {
            MatchLineup row = visible(user, id);
            Match match = access.requireMatch(user, row.matchId());
            access.requireTeamOfMatch(match, body.teamId());
            access.requirePlayer(user, match, body.playerId());
            access.requireFormation(user, blankToNull(body.formationId()));
            lineups.update(id, body.teamId(), blankToNull(body.formationId()), body.playerId(), body.isStarting(),
                    body.positionInFormation());
            return lineups.findById(id).orElseThrow();
        }

        @Transactional
        void delete(CurrentUser user, String id) {
            visible(user, id);
            lineups.deleteById(id);
        }

        private static @Nullable String blankToNull(@Nullable String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }

    @Repository
    static class LineupRepository {

        private static final String SELECT = """
                SELECT x.id, x.match_id, x.team_id, x.formation_id, x.player_id, x.is_starting,
                       x.position_in_formation, x.created_at FROM match_lineups x
                """;

        private final JdbcClient jdbc;
        private final Listings listings;

        LineupRepository(JdbcClient jdbc, Listings listings) {
            this.jdbc = jdbc;
            this.listings = listings;
        }

        Listing<MatchLineup> findAll(List<String> teamIds, @Nullable String matchId, PageRequest page) {
            if (teamIds.isEmpty()) {
                return Listing.empty(page);
            }
            return listings.query(SELECT + """
                      JOIN matches m ON m.id = x.match_id
                     WHERE (m.home_team_id IN (:teams) OR m.away_team_id IN (:teams))
                       AND (:match IS NULL OR x.match_id = :match)""", "m.date_time DESC, m.id, x.team_id, x.is_starting DESC, x.created_at, x.id")
                    .param("teams", teamIds).param("match", matchId).page(page, Rows.of(MatchLineup.class));
        }

        Optional<MatchLineup> findById(String id) {
            return jdbc.sql(SELECT + " WHERE x.id = :id").param("id", id).query(Rows.of(MatchLineup.class)).optional();
        }

        void insert(String id, String matchId, String teamId, @Nullable String formationId, String playerId,
                boolean starting, @Nullable String position) {
            jdbc.sql("""
                    INSERT INTO match_lineups (id, match_id, team_id, formation_id, player_id, is_starting, position_in_formation)
                    VALUES (:id, :match, :team, :formation, :player, :starting, :position)
                    """).param("id", id).param("match", matchId).param("team", teamId).param("formation", formationId)
                    .param("player", playerId).param("starting", starting).param("position", position).update();
        }

        int update(String id, @Nullable String teamId, @Nullable String formationId, @Nullable String playerId,
                @Nullable Boolean starting, @Nullable String position) {
            return jdbc.sql("""
                    UPDATE match_lineups SET team_id = COALESCE(:team, team_id),
                           formation_id = COALESCE(:formation, formation_id), player_id = COALESCE(:player, player_id),
                           is_starting = COALESCE(:starting, is_starting),
                           position_in_formation = COALESCE(:position, position_in_formation)
                     WHERE id = :id
                    """).param("id", id).param("team", teamId).param("formation", formationId)
                    .param("player", playerId).param("starting", starting).param("position", position).update();
        }

        int deleteById(String id) {
            return jdbc.sql("DELETE FROM match_lineups WHERE id = :id").param("id", id).update();
        }
    }
}
