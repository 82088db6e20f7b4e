package com.footballcoach.product.club;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.NotFound;
import com.footballcoach.platform.web.PageRequest;
import com.footballcoach.product.media.ImageStore;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

@Service
class TeamService {

    private final TeamRepository teams;
    private final ClubScope scope;
    private final ImageStore images;

    TeamService(TeamRepository teams, ClubScope scope, ImageStore images) {
        this.teams = teams;
        this.scope = scope;
        this.images = images;
    }

    @Transactional(readOnly = true)
    Listing<Team> list(CurrentUser user, PageRequest page) {
        return teams.findAllByIdIn(scope.teamIds(user), user.id(), page);
    }

    @Transactional(readOnly = true)
    Team get(CurrentUser user, String id) {
        scope.requireTeam(user, id);
        return teams.findById(id).orElseThrow(() -> new NotFound("Team"));
    }

    @Transactional(readOnly = true)
    Team byName(CurrentUser user, String name) {
        return teams.findByNameAmong(name, scope.teamIds(user)).orElseThrow(() -> new NotFound("Team"));
    }

    @Transactional
    Team create(CurrentUser user, TeamController.TeamCreate body) {
        String id = UUID.randomUUID().toString();
        teams.insert(id, user.id(), body.name().trim(), body.primaryColor(), body.secondaryColor(), body.logoUrl());
        return teams.findById(id).orElseThrow();
    }

    @Transactional
    Team update(CurrentUser user, String id, TeamController.TeamUpdate body) {
        scope.requireTeam(user, id);
        teams.update(id, body.name() == null ? null : body.name().trim(), body.primaryColor(), body.secondaryColor(),
                body.logoUrl());
        return teams.findById(id).orElseThrow(() -> new NotFound("Team"));
    }

    @Transactional
    void delete(CurrentUser user, String id) {
        scope.requireTeam(user, id);
        Team team = teams.findById(id).orElseThrow(() -> new NotFound("Team"));
        teams.deleteById(id);
        images.deleteAfterCommit(team.logoUrl());
    }

    @Transactional
    Team uploadLogo(CurrentUser user, String id, MultipartFile file) {
        scope.requireTeam(user, id);
        Team team = teams.findById(id).orElseThrow(() -> new NotFound("Team"));
        String url = images.store("team-" + id, file);
        teams.updateLogo(id, url);
        images.deleteAfterCommit(team.logoUrl());
        return teams.findById(id).orElseThrow();
    }
}
