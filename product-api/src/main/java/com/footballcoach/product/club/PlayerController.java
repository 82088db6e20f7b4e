package com.footballcoach.product.club;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/players")
@Tag(name = "Players")
class PlayerController {

    private final PlayerService players;

    PlayerController(PlayerService players) {
        this.players = players;
    }

    @Operation(summary = "Players of the caller's teams, by name (optionally of one team)")
    @ApiResponse(responseCode = "200", description = "The players",
            content = @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = Player.class))))
    @GetMapping
    Object list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "team_id", required = false) @Nullable String teamId, PageRequest page) {
        return players.list(user, teamId, page);
    }

    @Operation(summary = "One player")
    @GetMapping("/{id}")
    Player get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return players.get(user, id);
    }

    @Operation(summary = "Create a player (team_id defaults to the caller's first team)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Player create(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody PlayerInput body) {
        return players.create(user, body);
    }

    @Operation(summary = "Change a player; absent or null fields keep their value")
    @PutMapping("/{id}")
    Player update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Valid @RequestBody PlayerInput body) {
        return players.update(user, id, body);
    }

    @Operation(summary = "Delete a player")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        players.delete(user, id);
    }

    @Operation(summary = "Upload the player photo (multipart file: PNG, JPEG or WebP); answers 200 with the player")
    @PostMapping(path = "/{id}/upload_image", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Player uploadImage(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @RequestPart("file") MultipartFile file) {
        return players.uploadImage(user, id, file);
    }

    /**
     * A player as the app sends it. {@code dominant_foot} may be a localized label; {@code birth_date}
     * may be a midnight date-time. Unknown keys, {@code "id": ""} and nulls are ignored.
     */
    record PlayerInput(
            @Nullable @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
            @Nullable String teamId,
            @Nullable @Pattern(regexp = "(?i)GK|DEF|MID|FWD", message = "must be GK, DEF, MID or FWD") String position,
            @Nullable @Min(1) @Max(99) Integer jerseyNumber,
            @Nullable LocalDate birthDate,
            @Nullable String dominantFoot,
            @Nullable @Min(50) @Max(250) Integer heightCm,
            @Nullable @Min(20) @Max(200) Integer weightKg,
            @Nullable @Size(max = 100) String nationality,
            @Nullable @Size(max = 3) String countryCode,
            @Nullable @Size(max = 512) @Pattern(regexp = TeamController.IMAGE_URL,
                    message = "must be /static/… or an http(s) URL") String imageUrl,
            @Nullable @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal marketValue) {
    }
}
