package com.footballcoach.product.matches;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.web.InvalidInput;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/match_events")
@Tag(name = "Match events")
class MatchEventController {

    static final String TYPES = "goal|assist|yellow_card|red_card|sub_in|sub_out|pass";

    private final MatchEventService events;

    MatchEventController(MatchEventService events) {
        this.events = events;
    }

    @Operation(summary = "Events of a match (match_id) or of every match of the caller, ordered by minute")
    @GetMapping
    Listing<MatchEvent> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "match_id", required = false) @Nullable String matchId, PageRequest page) {
        return events.list(user, matchId, page);
    }

    @Operation(summary = "One match event")
    @GetMapping("/{id}")
    MatchEvent get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return events.visible(user, id);
    }

    @Operation(summary = "Record a match event (football.write)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MatchEvent create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody EventInput body) {
        return events.create(user, body);
    }

    @Operation(summary = "Change a match event; absent or null fields keep their value")
    @PutMapping("/{id}")
    MatchEvent update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Valid @RequestBody EventInput body) {
        return events.update(user, id, body);
    }

    @Operation(summary = "Delete a match event")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        events.delete(user, id);
    }

    /** A match event; match_id cannot change on update. */
    record EventInput(
            @Nullable String matchId,
            @Nullable String playerId,
            @Nullable String teamId,
            @Nullable @Pattern(regexp = TYPES, message = "must be one of " + TYPES) String eventType,
            @Nullable @Min(0) @Max(150) Integer minute,
            @Nullable @PositiveOrZero Double videoTimestamp,
            @Nullable @Size(max = 64) String coordinates) {
    }

    @Service
    static class MatchEventService {

        private final MatchEventRepository events;
        private final MatchAccess access;

        MatchEventService(MatchEventRepository events, MatchAccess access) {
            this.events = events;
            this.access = access;
        }

        @Transactional(readOnly = true)
        Listing<MatchEvent> list(CurrentUser user, @Nullable String matchId, PageRequest page) {
            return events.findAll(access.teamIdsForList(user, matchId), matchId, page);
        }

        @Transactional(readOnly = true)
        MatchEvent visible(CurrentUser user, String id) {
            return access.requireRowOfMatch(user, events.findById(id), MatchEvent::matchId, "Match event");
        }

        @Transactional
        MatchEvent create(CurrentUser user, EventInput body) {
            Match match = access.requireMatchReference(user, body.matchId());
            if (body.eventType() == null) {
                throw new InvalidInput("event_type", "event_type must not be blank.");
            }
            if (body.minute() == null) {
                throw new InvalidInput("minute", "minute must not be null.");
            }
            access.requireTeamOfMatch(match, body.teamId());
            access.requirePlayer(user, match, body.playerId());
            String id = UUID.randomUUID().toString();
            events.insert(id, body);
            return events.findById(id).orElseThrow();
        }

        @Transactional
        MatchEvent update(CurrentUser user, String id, EventInput body) {
            MatchEvent event = visible(user, id);
            Match match = access.requireMatch(user, event.matchId());
            access.requireTeamOfMatch(match, body.teamId());
            access.requirePlayer(user, match, body.playerId());
            events.update(id, body);
            return events.findById(id).orElseThrow();
        }

        @Transactional
        void delete(CurrentUser user, String id) {
            visible(user, id);
            events.deleteById(id);
        }
    }
}
