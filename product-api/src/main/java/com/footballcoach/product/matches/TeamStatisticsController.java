package com.footballcoach.product.matches;

import com.footballcoach.platform.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Team match statistics")
class TeamStatisticsController {

    private final TeamStatisticsService statistics;

    TeamStatisticsController(TeamStatisticsService statistics) {
        this.statistics = statistics;
    }

    @Operation(summary = "Both teams' statistics of a match, home first; JSON columns as JSON objects")
    @GetMapping("/api/matches/{id}/team_statistics")
    List<TeamStatistics> list(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return statistics.list(user, id);
    }

    @Service
    static class TeamStatisticsService {

        private final MatchAccess access;
        private final MatchDataRepository data;

        TeamStatisticsService(MatchAccess access, MatchDataRepository data) {
            this.access = access;
            this.data = data;
        }

        @Transactional(readOnly = true)
        List<TeamStatistics> list(CurrentUser user, String matchId) {
            access.requireMatch(user, matchId);
            return data.findTeamStatistics(matchId);
        }
    }
}
