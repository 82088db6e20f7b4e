package com.footballcoach.product.club;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.Forbidden;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.NotFound;
import com.footballcoach.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/events")
@Tag(name = "Events (competitions)")
class CompetitionController {

    private final CompetitionService competitions;

    CompetitionController(CompetitionService competitions) {
        this.competitions = competitions;
    }

    @Operation(summary = "Global competitions and the club's own, by name")
    @GetMapping
    Listing<Competition> list(@AuthenticationPrincipal CurrentUser user, PageRequest page) {
        return competitions.list(user, page);
    }

    @Operation(summary = "One competition")
    @GetMapping("/{id}")
    Competition get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return competitions.visible(user, id);
    }

    @Operation(summary = "Create a competition (account manager)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Competition create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody CompetitionInput body) {
        return competitions.create(user, body);
    }

    @Operation(summary = "Rename a club competition")
    @PutMapping("/{id}")
    Competition update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Valid @RequestBody CompetitionInput body) {
        return competitions.update(user, id, body);
    }

    @Operation(summary = "Delete a club competition (its matches keep existing without one)")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        competitions.delete(user, id);
    }

    /** A competition: {@code {"name": "League"}}. */
    record CompetitionInput(@NotBlank @Size(max = 100) String name) {
    }

    @Service
    static class CompetitionService {

        private final CompetitionRepository competitions;
        private final ClubScope scope;

        CompetitionService(CompetitionRepository competitions, ClubScope scope) {
            this.competitions = competitions;
            this.scope = scope;
        }

        @Transactional(readOnly = true)
        Listing<Competition> list(CurrentUser user, PageRequest page) {
            return competitions.findAllVisible(scope.clubId(user), page);
        }

        @Transactional(readOnly = true)
        Competition visible(CurrentUser user, String id) {
            Competition competition = competitions.findById(id).orElseThrow(() -> new NotFound("Event"));
            if (competition.userId() != null && !competition.userId().equals(scope.clubId(user))) {
                throw new NotFound("Event");
            }
            return competition;
        }

        @Transactional
        Competition create(CurrentUser user, CompetitionInput body) {
            String id = UUID.randomUUID().toString();
            competitions.insert(id, scope.clubId(user), body.name().trim());
            return competitions.findById(id).orElseThrow();
        }

        @Transactional
        Competition update(CurrentUser user, String id, CompetitionInput body) {
            editable(user, id);
            competitions.update(id, body.name().trim());
            return competitions.findById(id).orElseThrow();
        }

        @Transactional
        void delete(CurrentUser user, String id) {
            editable(user, id);
            competitions.deleteById(id);
        }

        private void editable(CurrentUser user, String id) {
            if (visible(user, id).userId() == null) {
                throw new Forbidden("Global events are read-only.");
            }
        }
    }
}
