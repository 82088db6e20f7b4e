package com.footballcoach.product.club;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.InvalidInput;
import com.footballcoach.platform.web.NotFound;
import com.footballcoach.platform.web.PageRequest;
import com.footballcoach.product.club.PlayerController.PlayerInput;
import com.footballcoach.product.club.PlayerRepository.PlayerValues;
import com.footballcoach.product.media.ImageStore;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

@Service
class PlayerService {

    private final PlayerRepository players;
    private final ClubScope scope;
    private final ImageStore images;
    private final PlayerLists lists;

    PlayerService(PlayerRepository players, ClubScope scope, ImageStore images, PlayerLists lists) {
        this.players = players;
        this.scope = scope;
        this.images = images;
        this.lists = lists;
    }

    /**
     * One query (two for an account manager, whose teams are looked up), each consistent on its
     * own: no transaction, so that a cached list costs no round trip to the database. The whole
     * list, which the app reads, is cached as its JSON; a page is read each time, with its total.
     */
    Object list(CurrentUser user, @Nullable String teamId, PageRequest page) {
        List<String> visible = scope.teamIds(user);
        List<String> teams = teamId == null ? visible : visible.contains(teamId) ? List.of(teamId) : List.of();
        if (page.paged()) {
            return players.findAllByTeamIn(teams, page);
        }
        return lists.get(teams, () -> players.findAllByTeamIn(teams, PageRequest.ALL).toList());
    }

    @Transactional(readOnly = true)
    Player get(CurrentUser user, String id) {
        return visible(user, id);
    }

    @Transactional
    Player create(CurrentUser user, PlayerInput body) {
        if (body.name() == null) {
            throw new InvalidInput("name", "name must not be blank.");
        }
        String teamId = scope.teamReference(user, body.teamId());
        String id = UUID.randomUUID().toString();
        players.insert(id, values(body, teamId));
        return players.findById(id).orElseThrow();
    }

    @Transactional
    Player update(CurrentUser user, String id, PlayerInput body) {
        visible(user, id);
        if (body.teamId() != null) {
            scope.teamReference(user, body.teamId());
        }
        players.update(id, values(body, body.teamId()));
        return players.findById(id).orElseThrow();
    }

    @Transactional
    void delete(CurrentUser user, String id) {
        Player player = visible(user, id);
        players.deleteById(id);
        images.deleteAfterCommit(player.imageUrl());
    }

    @Transactional
    Player uploadImage(CurrentUser user, String id, MultipartFile file) {
        Player player = visible(user, id);
        players.updateImage(id, images.store("player-" + id, file));
        images.deleteAfterCommit(player.imageUrl());
        return players.findById(id).orElseThrow();
    }

    private Player visible(CurrentUser user, String id) {
        Player player = players.findById(id).orElseThrow(() -> new NotFound("Player"));
        if (player.teamId() == null || !scope.canAccessTeam(user, player.teamId())) {
            throw new NotFound("Player");
        }
        return player;
    }



    private static PlayerValues values(PlayerInput body, @Nullable String teamId) {
        return new PlayerValues(body.name() == null ? null : body.name().trim(), teamId,
                body.position() == null ? null : body.position().toUpperCase(Locale.ROOT), body.jerseyNumber(),
                body.birthDate(), DominantFoot.normalize(body.dominantFoot()), body.heightCm(), body.weightKg(),
                body.nationality(), body.countryCode() == null ? null : body.countryCode().toUpperCase(Locale.ROOT),
                body.imageUrl(), body.marketValue());
    }
}
