package com.footballcoach.product.matches;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.web.Conflict;
import com.footballcoach.platform.web.Forbidden;
import com.footballcoach.platform.web.InvalidInput;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.NotFound;
import com.footballcoach.platform.web.PageRequest;
import com.footballcoach.product.matches.MatchController.MatchInput;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MatchService {

    private final MatchRepository matches;
    private final MatchAccess access;

    MatchService(MatchRepository matches, MatchAccess access) {
        this.matches = matches;
        this.access = access;
    }

    @Transactional(readOnly = true)
    Listing<Match> list(CurrentUser user, @Nullable String status, @Nullable String eventId, PageRequest page) {
        return matches.findAllForTeams(access.teamIds(user), status, eventId, page);
    }

    @Transactional(readOnly = true)
    Match get(CurrentUser user, String id) {
        return access.requireMatch(user, id);
    }

    @Transactional
    Match create(CurrentUser user, MatchInput body) {
        if (body.homeTeamId() == null) {
            throw new InvalidInput("home_team_id", "home_team_id must not be blank.");
        }
        if (body.awayTeamId() == null) {
            throw new InvalidInput("away_team_id", "away_team_id must not be blank.");
        }
        if (body.dateTime() == null) {
            throw new InvalidInput("date_time", "date_time must not be null.");
        }
        checkReferences(user, body.homeTeamId(), body.awayTeamId(), body.eventId());
        String id = UUID.randomUUID().toString();
        matches.insert(id, body.homeTeamId(), body.awayTeamId(), blankToNull(body.eventId()), body.dateTime(),
                body.venue(), body.status() == null ? "upcoming" : body.status(),
                body.homeScore() == null ? 0 : body.homeScore(), body.awayScore() == null ? 0 : body.awayScore());
        return access.requireMatch(user, id);
    }

    @Transactional
    Match update(CurrentUser user, String id, MatchInput body) {
        Match match = access.requireMatch(user, id);
        String home = body.homeTeamId() == null ? match.homeTeamId() : body.homeTeamId();
        String away = body.awayTeamId() == null ? match.awayTeamId() : body.awayTeamId();
        checkReferences(user, home, away, body.eventId());
        matches.update(id, body.homeTeamId(), body.awayTeamId(), blankToNull(body.eventId()), body.dateTime(),
                body.venue(), body.status(), body.homeScore(), body.awayScore());
        return access.requireMatch(user, id);
    }

    @Transactional
    void delete(CurrentUser user, String id) {
        access.requireMatch(user, id);
        matches.deleteById(id);
    }

    /**
     * Sets the video anchor once: a second call answers 409, unless {@code force} by an account
     * manager (a rule the path table cannot express, so it is checked here).
     */
    @Transactional
    Match setAnchor(CurrentUser user, String id, int seconds, boolean force) {
        access.requireMatch(user, id);
        if (force && !user.isOwner()) {
            throw new Forbidden("Only an account manager may overwrite the video anchor.");
        }
        if (matches.setAnchor(id, seconds, force) == 0) {
            throw new Conflict("The video anchor is already set; an account manager may overwrite it with force=true.");
        }
        return access.requireMatch(user, id);
    }

    @Transactional
    Match resetAnchor(CurrentUser user, String id) {
        access.requireMatch(user, id);
        matches.resetAnchor(id);
        return access.requireMatch(user, id);
    }

    private void checkReferences(CurrentUser user, String home, String away, @Nullable String eventId) {
        if (home.equals(away)) {
            throw new InvalidInput("away_team_id", "A match's home and away teams must differ.");
        }
        access.requireOwnTeam(user, "home_team_id", home);
        access.requireOwnTeam(user, "away_team_id", away);
        access.requireCompetition(user, blankToNull(eventId));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static NotFound notFound() {
        return new NotFound("Match");
    }
}
