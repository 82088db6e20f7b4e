package com.footballcoach.product.club;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
@RequestMapping("/api/staff")
@Tag(name = "Staff")
class StaffController {

    static final String ROLES = "head_coach|assistant_coach|physio|analyst|player";

    private final StaffService staff;

    StaffController(StaffService staff) {
        this.staff = staff;
    }

    @Operation(summary = "Staff of the caller's teams, oldest first")
    @GetMapping
    Listing<Staff> list(@AuthenticationPrincipal CurrentUser user, PageRequest page) {
        return staff.list(user, page);
    }

    @Operation(summary = "One staff member")
    @GetMapping("/{id}")
    Staff get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return staff.get(user, id);
    }

    @Operation(summary = "Add a staff member without an account (account manager); team_id defaults to the first team")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Staff create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody StaffInput body) {
        return staff.create(user, body);
    }

    @Operation(summary = "Change a staff member; permission_level follows the role")
    @PutMapping("/{id}")
    Staff update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Valid @RequestBody StaffInput body) {
        return staff.update(user, id, body);
    }

    @Operation(summary = "Remove a staff member")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        staff.delete(user, id);
    }

    /** A staff member as the app sends it; id, user_id and permission_level are ignored. */
    record StaffInput(
            @Nullable String teamId,
            @Nullable @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
            @Nullable @Pattern(regexp = ROLES, message = "must be one of " + ROLES) String role,
            @Nullable @Email @Size(max = 255) String email) {
    }
}
