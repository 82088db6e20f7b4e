package com.footballcoach.product.club;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/formations")
@Tag(name = "Formations")
class FormationController {

    private final FormationService formations;

    FormationController(FormationService formations) {
        this.formations = formations;
    }

    @Operation(summary = "Global formations and the club's own, by name")
    @GetMapping
    Listing<Formation> list(@AuthenticationPrincipal CurrentUser user, PageRequest page) {
        return formations.list(user, page);
    }

    @Operation(summary = "One formation")
    @GetMapping("/{id}")
    Formation get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return formations.get(user, id);
    }

    @Operation(summary = "Create a club formation (football.write)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Formation create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody FormationInput body) {
        return formations.create(user, body);
    }

    @Operation(summary = "Change a club formation (global ones are read-only: 403)")
    @PutMapping("/{id}")
    Formation update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Valid @RequestBody FormationInput body) {
        return formations.update(user, id, body);
    }

    @Operation(summary = "Delete a club formation (global ones are read-only: 403)")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        formations.delete(user, id);
    }

    /** A formation, e.g. {@code {"name": "4-3-3", "description": "…"}}. */
    record FormationInput(
            @Nullable @Size(min = 1, max = 50) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
            @Nullable @Size(max = 2000) String description) {
    }
}
