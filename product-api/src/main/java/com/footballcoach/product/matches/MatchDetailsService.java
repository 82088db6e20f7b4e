package com.footballcoach.product.matches;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.jdbc.ReadCache;
import com.footballcoach.platform.jdbc.ReadCaches;
import com.footballcoach.platform.web.NotFound;
import com.footballcoach.platform.web.PreparedJson;
import com.footballcoach.product.matches.MatchDataRepository.LineupRow;
import com.footballcoach.product.matches.MatchDetails.LineupFormation;
import com.footballcoach.product.matches.MatchDetails.TeamLineup;
import com.footballcoach.product.matches.MatchRepository.MatchRow;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the details aggregate in five queries whatever the size of the match: the match with its
 * team names and owners (the scope check needs no other query), the lineup rows with players and
 * formations, the events, the player statistics and the team statistics. The five run in one
 * read-only transaction (one snapshot); the aggregate is then cached per match until a write
 * commits ({@link ReadCaches}), and the scope check is made on every request against the owners
 * read with it.
 */
@Service
class MatchDetailsService {

    private static final int MAX_MATCHES = 1_024;

    private final MatchAccess access;
    private final MatchRepository matches;
    private final MatchDataRepository data;
    private final TransactionTemplate readOnly;
    private final ReadCache<String, Optional<Loaded>> cache;
    private final JsonMapper json;

    MatchDetailsService(MatchAccess access, MatchRepository matches, MatchDataRepository data,
            PlatformTransactionManager transactions, ReadCaches caches, JsonMapper json) {
        this.json = json;
        this.access = access;
        this.matches = matches;
        this.data = data;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.cache = caches.create(MAX_MATCHES);
    }

    /** The details as the JSON they answer, serialized once per cached aggregate. */
    PreparedJson details(CurrentUser user, String matchId) {
        return cache.get(matchId, () -> readOnly.execute(status -> load(matchId)))
                .filter(loaded -> access.sees(user, loaded.row()))
                .map(Loaded::details)
                .orElseThrow(() -> new NotFound("Match"));
    }

    private Optional<Loaded> load(String matchId) {
        return matches.findById(matchId).map(row -> {
            Match match = row.match();
            List<LineupRow> lineups = data.findLineupRows(matchId);
            MatchDetails details = new MatchDetails(match,
                    lineup(match.homeTeamId(), match.homeTeamName(), lineups),
                    lineup(match.awayTeamId(), match.awayTeamName(), lineups),
                    data.findEvents(matchId), data.findPlayerStatistics(matchId), data.findTeamStatistics(matchId));
            return new Loaded(row, PreparedJson.of(json, details));
        });
    }

    private static TeamLineup lineup(String teamId, @Nullable String teamName, List<LineupRow> rows) {
        List<LineupRow> side = rows.stream().filter(r -> r.teamId().equals(teamId)).toList();
        LineupFormation formation = side.stream().map(LineupRow::formation).filter(Objects::nonNull).findFirst()
                .orElse(null);
        return new TeamLineup(teamId, teamName, formation, side.stream().map(LineupRow::player).toList());
    }

    /** The aggregate with the owners of its two teams, for the scope check of each request. */
    private record Loaded(MatchRow row, PreparedJson details) {
    }
}
