package com.footballcoach.product.club;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.Forbidden;
import com.footballcoach.platform.web.InvalidInput;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.NotFound;
import com.footballcoach.platform.web.PageRequest;
import com.footballcoach.product.club.FormationController.FormationInput;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Formations: everyone reads the global ones and their club's; only the club's own can be changed. */
@Service
class FormationService {

    private final FormationRepository formations;
    private final ClubScope scope;

    FormationService(FormationRepository formations, ClubScope scope) {
        this.formations = formations;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    Listing<Formation> list(CurrentUser user, PageRequest page) {
        return formations.findAllVisible(scope.clubId(user), page);
    }

    @Transactional(readOnly = true)
    Formation get(CurrentUser user, String id) {
        return visible(user, id);
    }

    @Transactional
    Formation create(CurrentUser user, FormationInput body) {
        if (body.name() == null) {
            throw new InvalidInput("name", "name must not be blank.");
        }
        String id = UUID.randomUUID().toString();
        formations.insert(id, scope.clubId(user), body.name().trim(), body.description());
        return formations.findById(id).orElseThrow();
    }

    @Transactional
    Formation update(CurrentUser user, String id, FormationInput body) {
        editable(user, id);
        formations.update(id, body.name() == null ? null : body.name().trim(), body.description());
        return formations.findById(id).orElseThrow();
    }

    @Transactional
    void delete(CurrentUser user, String id) {
        editable(user, id);
        formations.deleteById(id);
    }

    private Formation visible(CurrentUser user, String id) {
        Formation formation = formations.findById(id).orElseThrow(() -> new NotFound("Formation"));
        if (formation.userId() != null && !formation.userId().equals(scope.clubId(user))) {
            throw new NotFound("Formation");
        }
        return formation;
    }

    private void editable(CurrentUser user, String id) {
        if (visible(user, id).userId() == null) {
            throw new Forbidden("Global formations are read-only.");
        }
    }
}
