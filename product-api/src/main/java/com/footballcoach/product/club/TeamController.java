package com.footballcoach.product.club;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/teams")
@Tag(name = "Teams")
class TeamController {

    static final String COLOUR = "^#[0-9A-Fa-f]{6}$";
    static final String IMAGE_URL = "^(/static/|https?://).*";

    private final TeamService teams;

    TeamController(TeamService teams) {
        this.teams = teams;
    }

    @Operation(summary = "The caller's teams: own teams first, oldest first (the app takes the first as \"my team\")")
    @GetMapping
    Listing<Team> list(@AuthenticationPrincipal CurrentUser user, PageRequest page) {
        return teams.list(user, page);
    }

    @Operation(summary = "One team of the caller")
    @GetMapping("/{id}")
    Team get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return teams.get(user, id);
    }

    @Operation(summary = "A team of the caller by exact name (404 when the caller has none)")
    @GetMapping("/by_name/{name}")
    Team byName(@AuthenticationPrincipal CurrentUser user, @PathVariable String name) {
        return teams.byName(user, name);
    }

    @Operation(summary = "Create a team (account manager)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Team create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody TeamCreate body) {
        return teams.create(user, body);
    }

    @Operation(summary = "Change a team; absent or null fields keep their value")
    @PutMapping("/{id}")
    Team update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Valid @RequestBody TeamUpdate body) {
        return teams.update(user, id, body);
    }

    @Operation(summary = "Delete a team (409 while matches refer to it)")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        teams.delete(user, id);
    }

    @Operation(summary = "Upload the team logo (multipart file: PNG, JPEG or WebP); answers 200 with the team")
    @PostMapping(path = "/{id}/upload_logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Team uploadLogo(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @RequestPart("file") MultipartFile file) {
        return teams.uploadLogo(user, id, file);
    }

    /** A new team. */
    record TeamCreate(
            @NotBlank @Size(max = 100) String name,
            @Nullable @Pattern(regexp = COLOUR, message = "must be a colour #RRGGBB") String primaryColor,
            @Nullable @Pattern(regexp = COLOUR, message = "must be a colour #RRGGBB") String secondaryColor,
            @Nullable @Size(max = 512) @Pattern(regexp = IMAGE_URL, message = "must be /static/… or an http(s) URL")
            String logoUrl) {
    }

    /** Changes to a team; the app also sends id and user_id, which are ignored. */
    record TeamUpdate(
            @Nullable @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
            @Nullable @Pattern(regexp = COLOUR, message = "must be a colour #RRGGBB") String primaryColor,
            @Nullable @Pattern(regexp = COLOUR, message = "must be a colour #RRGGBB") String secondaryColor,
            @Nullable @Size(max = 512) @Pattern(regexp = IMAGE_URL, message = "must be /static/… or an http(s) URL")
            String logoUrl) {
    }
}
