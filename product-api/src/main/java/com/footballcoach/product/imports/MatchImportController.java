package com.footballcoach.product.imports;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.product.imports.MatchImportService.ImportForm;
import com.footballcoach.product.imports.MatchImportService.Outcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/matches/import}: a StatsBomb match (events and lineups files) becomes one of the caller's matches. */
@RestController
@Tag(name = "Matches")
class MatchImportController {

    private final MatchImportService imports;

    MatchImportController(MatchImportService imports) {
        this.imports = imports;
    }

    @Operation(summary = "Import a match from StatsBomb open-data files (multipart: events, lineups, team_id, "
            + "provider_team_id, home, date_time, optional provider_match_id)")
    @ApiResponse(responseCode = "201", description = "The match was created, with its lineups, events and statistics")
    @ApiResponse(responseCode = "200", description = "The same provider match was imported before: that match was updated")
    @ApiResponse(responseCode = "422", description = "A field, a file (malformed, truncated, an unknown event type: "
            + "the problem says where), a team or a player of the caller's team is wrong; nothing was written")
    @PostMapping(path = "/api/matches/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportedMatch> importMatch(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable MultipartFile events,
            @RequestParam(required = false) @Nullable MultipartFile lineups,
            @RequestParam(name = "team_id", required = false) @Nullable String teamId,
            @RequestParam(name = "provider_team_id", required = false) @Nullable String providerTeamId,
            @RequestParam(required = false) @Nullable String home,
            @RequestParam(name = "date_time", required = false) @Nullable String dateTime,
            @RequestParam(name = "provider_match_id", required = false) @Nullable String providerMatchId) {
        Outcome outcome = imports.importMatch(user, new ImportForm(events, lineups, teamId, providerTeamId, home,
                dateTime, providerMatchId));
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(outcome.match());
    }
}
