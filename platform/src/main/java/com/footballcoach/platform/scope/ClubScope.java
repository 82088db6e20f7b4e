package com.footballcoach.platform.scope;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.web.InvalidInput;
import com.footballcoach.platform.web.NotFound;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one scoping rule of the platform: a user sees and changes only data of the teams they own
 * (account managers: every team of their club) or are staff of (staff: their own team). A match
 * is visible when one of its sides is such a team. Everything else answers 404, so that ids of
 * other clubs cannot be probed.
 */
@Component
public class ClubScope {

    private final JdbcClient jdbc;

    ClubScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the teams the user may see, oldest first. */
    public List<String> teamIds(CurrentUser user) {
        if (user.isOwner()) {
            return jdbc.sql("SELECT id FROM teams WHERE user_id = :owner ORDER BY created_at, id")
                    .param("owner", user.id()).query(String.class).list();
        }
        return user.teamId() == null ? List.of() : List.of(user.teamId());
    }

    /** The club (account manager's user id) whose rows the user works on; staff act for their team's owner. */
    public String clubId(CurrentUser user) {
        if (user.clubId() == null) {
            throw new NotFound("Club");
        }
        return user.clubId();
    }

    /**
     * The rule itself, applied to a team row already loaded (its id and its owner's user id), so
     * that a query which fetches rows can check them without another query.
     */
    public boolean sees(CurrentUser user, String teamId, @Nullable String teamOwnerId) {
        return user.isOwner() ? user.id().equals(teamOwnerId) : teamId.equals(user.teamId());
    }

    public boolean canAccessTeam(CurrentUser user, String teamId) {
        if (user.isOwner()) {
            return jdbc.sql("SELECT EXISTS (SELECT 1 FROM teams WHERE id = :team AND user_id = :owner)")
                    .param("team", teamId).param("owner", user.id()).query(Boolean.class).single();
        }
        return teamId.equals(user.teamId());
    }

    /**
     * The team a body refers to: the given one, which must be the user's (else 422 on
     * {@code team_id}), or the user's first team when none is given (else 422: no team yet).
     */
    public String teamReference(CurrentUser user, @Nullable String teamId) {
        if (teamId == null || teamId.isBlank()) {
            List<String> teams = teamIds(user);
            if (teams.isEmpty()) {
                throw new InvalidInput("team_id", "team_id is required: you have no team yet.");
            }
            return teams.get(0);
        }
        if (!canAccessTeam(user, teamId)) {
            throw new InvalidInput("team_id", "team_id refers to no team of yours.");
        }
        return teamId;
    }

    /** Throws {@link NotFound} ("Team not found.") unless the user may access the team. */
    public void requireTeam(CurrentUser user, String teamId) {
        if (!canAccessTeam(user, teamId)) {
            throw new NotFound("Team");
        }
    }

    /** Whether the match exists and one of its sides is a team of the user. */
    public boolean canAccessMatch(CurrentUser user, String matchId) {
        if (user.isOwner()) {
            return jdbc.sql("""
                    SELECT EXISTS (SELECT 1 FROM matches m
                                     JOIN teams h ON h.id = m.home_team_id
                                     JOIN teams a ON a.id = m.away_team_id
                                    WHERE m.id = :match AND (h.user_id = :owner OR a.user_id = :owner))
                    """).param("match", matchId).param("owner", user.id()).query(Boolean.class).single();
        }
        return user.teamId() != null && jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM matches m
                                WHERE m.id = :match AND (m.home_team_id = :team OR m.away_team_id = :team))
                """).param("match", matchId).param("team", user.teamId()).query(Boolean.class).single();
    }

    /**
     * Whether the user may access a match key: a fixture of their teams, or the generated match id
     * of an ad-hoc analysis run of their teams (or submitted by them).
     */
    public boolean canAccessMatchKey(CurrentUser user, String matchKey) {
        if (canAccessMatch(user, matchKey)) {
            return true;
        }
        List<String> teams = teamIds(user);
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM analysis_runs r
                                WHERE r.match_id = :key
                                  AND (r.user_id = :user OR r.team_id IN (:teams)))
                """).param("key", matchKey).param("user", user.id())
                .param("teams", teams.isEmpty() ? List.of("-") : teams).query(Boolean.class).single();
    }

    /** Throws {@link NotFound} ("Match not found.") unless the user may access the match key. */
    public void requireMatchKey(CurrentUser user, String matchKey) {
        if (!canAccessMatchKey(user, matchKey)) {
            throw new NotFound("Match");
        }
    }

    /** Whether the analysis run exists and belongs to the user's teams (or was submitted by them). */
    public boolean canAccessRun(CurrentUser user, String runId) {
        List<String> teams = teamIds(user);
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM analysis_runs r
                                WHERE r.id = :run AND (r.user_id = :user OR r.team_id IN (:teams)))
                """).param("run", runId).param("user", user.id())
                .param("teams", teams.isEmpty() ? List.of("-") : teams).query(Boolean.class).single();
    }

    /** Throws {@link NotFound} ("Analysis not found.") unless the user may access the run. */
    public void requireRun(CurrentUser user, String runId) {
        if (!canAccessRun(user, runId)) {
            throw new NotFound("Analysis");
        }
    }

    /** Throws {@link NotFound} ("Match not found.") unless the user may access the match. */
    public void requireMatch(CurrentUser user, String matchId) {
        if (!canAccessMatch(user, matchId)) {
            throw new NotFound("Match");
        }
    }
}
