package com.footballcoach.product.matches;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.InvalidInput;
import com.footballcoach.platform.web.NotFound;
import com.footballcoach.product.matches.MatchRepository.MatchRow;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The checks every match route makes, each in one query: the match is visible (else 404), and the
 * ids a body refers to (team, player, formation, competition) belong to the caller's club (else 422).
 */
@Component
class MatchAccess {

    private final MatchRepository matches;
    private final ClubScope scope;
    private final JdbcClient jdbc;

    MatchAccess(MatchRepository matches, ClubScope scope, JdbcClient jdbc) {
        this.matches = matches;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    /** The match, when one of its sides is a team of the caller; else {@link NotFound}. */
    Match requireMatch(CurrentUser user, String matchId) {
        return visible(user, matchId).orElseThrow(() -> new NotFound("Match"));
    }

    /**
     * A row that hangs off a match, when the match is the caller's; else {@link NotFound} naming the
     * row (never the match: another club's ids must not be probed).
     */
    <T> T requireRowOfMatch(CurrentUser user, Optional<T> row, java.util.function.Function<T, String> matchId,
            String what) {
        return row.filter(r -> visible(user, matchId.apply(r)).isPresent()).orElseThrow(() -> new NotFound(what));
    }

    /**
     * The team ids a list of match-scoped rows is filtered by; when the list asks for one match,
     * that match must be the caller's (else {@link NotFound}).
     */
    List<String> teamIdsForList(CurrentUser user, @Nullable String matchId) {
        if (matchId != null) {
            requireMatch(user, matchId);
        }
        return teamIds(user);
    }

    Optional<Match> visible(CurrentUser user, String matchId) {
        return matches.findById(matchId).filter(row -> sees(user, row)).map(MatchRow::match);
    }

    boolean sees(CurrentUser user, MatchRow row) {
        Match m = row.match();
        return scope.sees(user, m.homeTeamId(), row.homeOwner()) || scope.sees(user, m.awayTeamId(), row.awayOwner());
    }

    /** A body's reference to a match: it must be visible, else 422 on {@code match_id}. */
    Match requireMatchReference(CurrentUser user, @Nullable String matchId) {
        if (matchId == null || matchId.isBlank()) {
            throw new InvalidInput("match_id", "match_id must not be blank.");
        }
        return visible(user, matchId)
                .orElseThrow(() -> new InvalidInput("match_id", "match_id refers to no match of yours."));
    }

    void requireTeamOfMatch(Match match, @Nullable String teamId) {
        if (teamId != null && !teamId.equals(match.homeTeamId()) && !teamId.equals(match.awayTeamId())) {
            throw new InvalidInput("team_id", "team_id must be one of the match's teams.");
        }
    }

    /** A body's reference to a player: one of the caller's, or of a team playing this match. */
    void requirePlayer(CurrentUser user, Match match, @Nullable String playerId) {
        if (playerId == null) {
            return;
        }
        boolean visible = jdbc.sql("""
                SELECT p.team_id, t.user_id FROM players p JOIN teams t ON t.id = p.team_id WHERE p.id = :id
                """).param("id", playerId)
                .query((rs, n) -> scope.sees(user, rs.getString(1), rs.getString(2))
                        || rs.getString(1).equals(match.homeTeamId()) || rs.getString(1).equals(match.awayTeamId()))
                .optional().orElse(false);
        if (!visible) {
            throw new InvalidInput("player_id", "player_id refers to no player of yours.");
        }
    }

    void requireFormation(CurrentUser user, @Nullable String formationId) {
        if (formationId == null) {
            return;
        }
        boolean visible = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM formations WHERE id = :id AND (user_id IS NULL OR user_id = :club))
                """).param("id", formationId).param("club", scope.clubId(user)).query(Boolean.class).single();
        if (!visible) {
            throw new InvalidInput("formation_id", "formation_id refers to no formation of yours.");
        }
    }

    void requireCompetition(CurrentUser user, @Nullable String eventId) {
        if (eventId == null) {
            return;
        }
        boolean visible = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM events WHERE id = :id AND (user_id IS NULL OR user_id = :club))
                """).param("id", eventId).param("club", scope.clubId(user)).query(Boolean.class).single();
        if (!visible) {
            throw new InvalidInput("event_id", "event_id refers to no event of yours.");
        }
    }

    void requireOwnTeam(CurrentUser user, String field, @Nullable String teamId) {
        if (teamId != null && !scope.canAccessTeam(user, teamId)) {
            throw new InvalidInput(field, field + " refers to no team of yours.");
        }
    }

    java.util.List<String> teamIds(CurrentUser user) {
        return scope.teamIds(user);
    }
}
