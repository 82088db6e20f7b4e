package com.footballcoach.product.matches;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.PageRequest;
import com.footballcoach.platform.web.PreparedJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
@RequestMapping("/api/matches")
@Tag(name = "Matches")
class MatchController {

    static final String STATUSES = "upcoming|live|completed";

    private final MatchService matches;
    private final MatchDetailsService details;

    MatchController(MatchService matches, MatchDetailsService details) {
        this.matches = matches;
        this.details = details;
    }

    @Operation(summary = "Matches of the caller's teams, newest first; filters apply to every such match")
    @GetMapping
    Listing<Match> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable @Pattern(regexp = STATUSES) String status,
            @RequestParam(name = "event_id", required = false) @Nullable String eventId, PageRequest page) {
        return matches.list(user, status, eventId == null || eventId.isBlank() ? null : eventId, page);
    }

    @Operation(summary = "One match")
    @GetMapping("/{id}")
    Match get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return matches.get(user, id);
    }

    @Operation(summary = "Everything about a match in one answer (a fixed number of queries)")
    @ApiResponse(responseCode = "200", description = "The match and everything recorded about it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MatchDetails.class)))
    @GetMapping("/{id}/details")
    PreparedJson details(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return details.details(user, id);
    }

    @Operation(summary = "Create a match between two of the caller's teams (account manager)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Match create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody MatchInput body) {
        return matches.create(user, body);
    }

    @Operation(summary = "Change a match; absent or null fields keep their value")
    @PutMapping("/{id}")
    Match update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Valid @RequestBody MatchInput body) {
        return matches.update(user, id, body);
    }

    @Operation(summary = "Delete a match and its data")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        matches.delete(user, id);
    }

    @Operation(summary = "Set the video anchor once (409 when set, unless force=true by an account manager)")
    @PostMapping("/{id}/video-anchor")
    Match setAnchor(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean force, @Valid @RequestBody AnchorInput body) {
        return matches.setAnchor(user, id, body.videoAnchorSeconds(), force);
    }

    @Operation(summary = "Clear the video anchor (any body, including the literal null, is ignored)")
    @PostMapping("/{id}/video-anchor/reset")
    Match resetAnchor(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return matches.resetAnchor(user, id);
    }

    /** A match as the app sends it; unknown keys and nulls are ignored. */
    record MatchInput(
            @Nullable String homeTeamId,
            @Nullable String awayTeamId,
            @Nullable LocalDateTime dateTime,
            @Nullable @Pattern(regexp = STATUSES, message = "must be upcoming, live or completed") String status,
            @Nullable String eventId,
            @Nullable @Size(max = 200) String venue,
            @Nullable @Min(0) @Max(99) Integer homeScore,
            @Nullable @Min(0) @Max(99) Integer awayScore) {
    }

    /** {@code {"video_anchor_seconds": 754}}. */
    record AnchorInput(@NotNull @Min(0) @Max(86_400) Integer videoAnchorSeconds) {
    }
}
