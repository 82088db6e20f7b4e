package com.footballcoach.product.matches;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.product.matches.MatchDataRepository.LineupRow;
import com.footballcoach.product.matches.MatchDetails.LineupFormation;
import com.footballcoach.product.matches.MatchDetails.TeamLineup;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the details aggregate in five queries whatever the size of the match: the match with its
 * team names and owners (the scope check needs no other query), the lineup rows with players and
 * formations, the events, the player statistics and the team statistics.
 */
@Service
class MatchDetailsService {

    private final MatchAccess access;
    private final MatchDataRepository data;

    MatchDetailsService(MatchAccess access, MatchDataRepository data) {
        this.access = access;
        this.data = data;
    }

    @Transactional(readOnly = true)
    MatchDetails details(CurrentUser user, String matchId) {
        Match match = access.requireMatch(user, matchId);
        List<LineupRow> lineups = data.findLineupRows(matchId);
        return new MatchDetails(match,
                lineup(match.homeTeamId(), match.homeTeamName(), lineups),
                lineup(match.awayTeamId(), match.awayTeamName(), lineups),
                data.findEvents(matchId), data.findPlayerStatistics(matchId), data.findTeamStatistics(matchId));
    }

    private static TeamLineup lineup(String teamId, @org.jspecify.annotations.Nullable String teamName,
            List<LineupRow> rows) {
        List<LineupRow> side = rows.stream().filter(r -> r.teamId().equals(teamId)).toList();
        LineupFormation formation = side.stream().map(LineupRow::formation).filter(Objects::nonNull).findFirst()
                .orElse(null);
        return new TeamLineup(teamId, teamName, formation, side.stream().map(LineupRow::player).toList());
    }
}
