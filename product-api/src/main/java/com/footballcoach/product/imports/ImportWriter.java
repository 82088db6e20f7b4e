package com.footballcoach.product.imports;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.InvalidInput;
import com.footballcoach.platform.webhooks.WebhookEventType;
import com.footballcoach.platform.webhooks.WebhookEvents;
import com.footballcoach.product.imports.ImportRepository.SquadPlayer;
import com.footballcoach.product.imports.MatchImportService.ImportRequest;
import com.footballcoach.product.imports.MatchImportService.Outcome;
import com.footballcoach.product.imports.ProviderMatch.SheetPlayer;
import com.footballcoach.product.imports.ProviderMatch.Tally;
import com.footballcoach.product.imports.ProviderMatch.TeamTally;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a read {@link ProviderMatch} in one transaction: the opponent (found among the club's
 * teams by name, else created, as the app does for a new match), the provider's players matched to
 * the squads, the match (created, or updated when the same provider match was imported before, its
 * earlier rows replaced), lineups, events, player and team statistics. Any refusal rolls all back.
 */
@Service
class ImportWriter {

    private final ImportRepository repository;
    private final ClubScope scope;
    private final WebhookEvents webhooks;

    ImportWriter(ImportRepository repository, ClubScope scope, WebhookEvents webhooks) {
        this.repository = repository;
        this.scope = scope;
        this.webhooks = webhooks;
    }

    @Transactional
    Outcome write(CurrentUser user, ImportRequest request, ProviderMatch match, String providerMatchId) {
        String clubId = scope.clubId(user);
        int ownSide = request.providerTeamId();
        int otherSide = match.teams.keySet().stream().filter(id -> id != ownSide).findFirst().orElseThrow();
        String ownTeam = request.teamId();
        String opponentName = match.teams.get(otherSide).trim();
        if (opponentName.length() > 100) {
            throw new InvalidInput("events", "The opponent's name is longer than 100 characters.");
        }
        String opponent = repository.findClubTeamByName(clubId, opponentName, ownTeam).orElseGet(() -> {
            String id = UUID.randomUUID().toString();
            repository.insertTeam(id, clubId, opponentName);
            return id;
        });
        Map<Integer, String> teamIds = Map.of(ownSide, ownTeam, otherSide, opponent);

        // players: the caller's squad must know everyone who played; the opponent's squad grows
        Map<Integer, String> playerIds = new HashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> created = new ArrayList<>();
        List<List<@Nullable Object>> newPlayers = new ArrayList<>();
        Map<Integer, List<SquadPlayer>> squads = Map.of(ownSide, repository.findSquad(ownTeam), otherSide,
                repository.findSquad(opponent));
        Set<String> taken = new HashSet<>();
        Set<Integer> opponentJerseys = squads.get(otherSide).stream().map(SquadPlayer::jerseyNumber)
                .filter(j -> j != null).collect(Collectors.toCollection(HashSet::new));
        for (SheetPlayer p : match.players.values()) {
            if (!teamIds.containsKey(p.teamId())) {
                continue;
            }
            Optional<SquadPlayer> found = matchPlayer(p, squads.get(p.teamId()), taken);
            if (found.isPresent()) {
                taken.add(found.get().id());
                playerIds.put(p.id(), found.get().id());
            } else if (p.teamId() == ownSide) {
                Tally tally = match.tallies.get(p.id());
                (tally != null && tally.active ? missing : skipped).add(label(p));
            } else {
                String id = UUID.randomUUID().toString();
                Integer jersey = p.jersey() != null && p.jersey() >= 1 && p.jersey() <= 99
                        && opponentJerseys.add(p.jersey()) ? p.jersey() : null;
                String name = p.name().length() > 100 ? p.name().substring(0, 100) : p.name();
                newPlayers.add(Arrays.asList(id, name, opponent,
                        p.positionId() == null ? null : Pitch.group(p.positionId()), jersey));
                playerIds.put(p.id(), id);
                created.add(label(p));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput("lineups", "Players of your team in the files are not in its squad (matched by "
                    + "name, or by shirt number and surname): " + String.join(", ", missing)
                    + ". Add them to the squad and import again.");
        }
        repository.insertPlayers(newPlayers);

        // the match, created or updated in place
        String home = request.home() ? ownTeam : opponent;
        String away = request.home() ? opponent : ownTeam;
        int homeScore = goals(match, request.home() ? ownSide : otherSide);
        int awayScore = goals(match, request.home() ? otherSide : ownSide);
        Optional<String> earlier = repository.findImportedMatch(clubId, MatchImportService.PROVIDER, providerMatchId);
        String matchId;
        if (earlier.isPresent()) {
            matchId = earlier.get();
            repository.updateMatch(matchId, home, away, request.dateTime(), homeScore, awayScore);
            repository.deleteMatchData(matchId);
            repository.updateImport(clubId, MatchImportService.PROVIDER, providerMatchId, match.eventCount);
        } else {
            matchId = UUID.randomUUID().toString();
            repository.insertMatch(matchId, home, away, request.dateTime(), homeScore, awayScore);
            repository.insertImport(clubId, MatchImportService.PROVIDER, providerMatchId, matchId, match.eventCount);
        }

        repository.insertLineups(lineups(match, matchId, clubId, teamIds, playerIds));
        List<List<@Nullable Object>> events = new ArrayList<>(match.rows.size());
        for (ProviderMatch.Row row : match.rows) {
            events.add(Arrays.asList(UUID.randomUUID().toString(), matchId,
                    row.playerId() == null ? null : playerIds.get(row.playerId()), teamIds.get(row.teamId()),
                    row.type(), row.minute(), row.coordinates()));
        }
        repository.insertEvents(events);
        repository.insertPlayerStatistics(playerStatistics(match, matchId, playerIds));
        repository.insertTeamStatistics(teamStatistics(match, matchId, teamIds));

        // every import is an event of its own (a re-import too); its outbox rows commit with the import
        Map<String, @Nullable Object> data = new LinkedHashMap<>();
        data.put("match_id", matchId);
        data.put("provider", MatchImportService.PROVIDER);
        data.put("provider_match_id", providerMatchId);
        data.put("home_team_id", home);
        data.put("away_team_id", away);
        data.put("home_score", homeScore);
        data.put("away_score", awayScore);
        data.put("created", earlier.isEmpty());
        webhooks.record(clubId, WebhookEventType.MATCH_IMPORTED, "match.imported:" + UUID.randomUUID(), data);

        ImportedMatch.MatchView view = repository.findMatch(matchId);
        return new Outcome(view.with(providerMatchId, match.eventCount, events.size(), created, skipped),
                earlier.isEmpty());
    }

    private List<List<@Nullable Object>> lineups(ProviderMatch match, String matchId, String clubId,
            Map<Integer, String> teamIds, Map<Integer, String> playerIds) {
        Map<Integer, @Nullable String> formations = new HashMap<>();
        for (Map.Entry<Integer, Integer> f : match.formations.entrySet()) {
            String name = String.join("-", f.getValue().toString().split(""));
            formations.put(f.getKey(), repository.findFormation(clubId, name).orElse(null));
        }
        List<List<@Nullable Object>> rows = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (SheetPlayer p : match.players.values()) {
            String playerId = playerIds.get(p.id());
            if (playerId == null || !teamIds.containsKey(p.teamId()) || !listed.add(playerId)) {
                continue;
            }
            Map<Integer, Integer> eleven = match.starters.getOrDefault(p.teamId(), Map.of());
            boolean starting = eleven.containsKey(p.id());
            Integer positionId = starting ? eleven.get(p.id()) : p.positionId();
            rows.add(Arrays.asList(UUID.randomUUID().toString(), matchId, teamIds.get(p.teamId()),
                    formations.get(p.teamId()), playerId, starting,
                    positionId == null ? null : Pitch.position(positionId)));
        }
        return rows;
    }

    private static List<List<@Nullable Object>> playerStatistics(ProviderMatch match, String matchId,
            Map<Integer, String> playerIds) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Map.Entry<Integer, Tally> entry : match.tallies.entrySet()) {
            String playerId = playerIds.get(entry.getKey());
            Tally t = entry.getValue();
            int minutes = t.minutesPlayed(match.lastMinute);
            if (playerId == null || minutes == 0 && t.shots + t.passes + t.tackles + t.interceptions + t.clearances
                    + t.saves + t.foulsCommitted + t.foulsSuffered + t.offsides + t.pressures == 0) {
                continue;
            }
            rows.add(Arrays.asList(UUID.randomUUID().toString(), matchId, playerId, minutes, t.shots,
                    t.shotsOnTarget, t.passes, t.accuratePasses, t.tackles, t.interceptions, t.clearances, t.saves,
                    t.foulsCommitted, t.foulsSuffered, t.offsides, t.keyPasses, t.pressures, decimal(t.xg)));
        }
        return rows;
    }

    private static List<List<@Nullable Object>> teamStatistics(ProviderMatch match, String matchId,
            Map<Integer, String> teamIds) {
        double total = match.teamTallies.entrySet().stream().filter(e -> teamIds.containsKey(e.getKey()))
                .mapToDouble(e -> e.getValue().possessionSeconds).sum();
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Map.Entry<Integer, String> team : teamIds.entrySet()) {
            TeamTally t = match.teamTallies.getOrDefault(team.getKey(), new TeamTally());
            rows.add(Arrays.asList(UUID.randomUUID().toString(), matchId, team.getValue(),
                    total > 0 ? decimal(100 * t.possessionSeconds / total) : null, decimal(t.xg), t.shots,
                    t.shotsOnTarget, t.pressures, t.finalThirdPasses));
        }
        return rows;
    }

    private static int goals(ProviderMatch match, int side) {
        TeamTally t = match.teamTallies.get(side);
        return t == null ? 0 : t.goals;
    }

    /**
     * The squad player a provider player is: the same name (full name or nickname, ignoring case,
     * accents and punctuation), else the same shirt number and surname; never one already matched.
     */
    static Optional<SquadPlayer> matchPlayer(SheetPlayer p, List<SquadPlayer> squad, Set<String> taken) {
        List<String> names = new ArrayList<>(List.of(normalize(p.name())));
        if (p.nickname() != null) {
            names.add(normalize(p.nickname()));
        }
        for (SquadPlayer s : squad) {
            if (!taken.contains(s.id()) && names.contains(normalize(s.name()))) {
                return Optional.of(s);
            }
        }
        Set<String> surnames = names.stream().map(ImportWriter::surname).collect(Collectors.toSet());
        for (SquadPlayer s : squad) {
            if (!taken.contains(s.id()) && p.jersey() != null && p.jersey().equals(s.jerseyNumber())
                    && surnames.contains(surname(normalize(s.name())))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    static String normalize(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static String surname(String normalized) {
        int space = normalized.lastIndexOf(' ');
        return space < 0 ? normalized : normalized.substring(space + 1);
    }

    private static String label(SheetPlayer p) {
        return p.name() + (p.jersey() == null ? "" : " (#" + p.jersey() + ")");
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
