package com.footballcoach.product.accounts;

import com.footballcoach.platform.identity.AccessPolicy;
import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.identity.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account administration for account managers ({@code /api/users}), and
 * {@code POST /api/staff/create_with_account}. Who may call what is in {@link AccessPolicy}.
 */
@RestController
@Tag(name = "Accounts")
class AccountController {

    private static final String ROLES = "head_coach|assistant_coach|physio|analyst|player";

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "The accounts of your club: its owner and the staff accounts of its teams")
    @GetMapping("/api/users")
    List<UserView> list(@AuthenticationPrincipal CurrentUser user) {
        return accounts.list(user);
    }

    @Operation(summary = "One account of your club")
    @GetMapping("/api/users/{id}")
    UserView get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return accounts.get(user, id);
    }

    @Operation(summary = "Create a staff account on one of your teams (same as /api/staff/create_with_account)")
    @PostMapping("/api/users")
    ResponseEntity<StaffAccountRepository.StaffView> create(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody NewStaffAccountRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.createStaffAccount(user, body.toCommand()));
    }

    @Operation(summary = "Create a staff member with a login in one step")
    @PostMapping("/api/staff/create_with_account")
    ResponseEntity<StaffAccountRepository.StaffView> createWithAccount(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody NewStaffAccountRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.createStaffAccount(user, body.toCommand()));
    }

    @Operation(summary = "Change an account of your club (absent fields stay)")
    @PutMapping("/api/users/{id}")
    UserView update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Valid @RequestBody AccountChangeRequest body) {
        return accounts.update(user, id, new AccountService.AccountChange(body.email(), body.fullName(),
                body.isActive(), body.password()));
    }

    @Operation(summary = "Delete an account of your club")
    @DeleteMapping("/api/users/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        accounts.delete(user, id);
        return ResponseEntity.noContent().build();
    }

    /** A staff member with a login, as the app sends it. */
    record NewStaffAccountRequest(
            @NotBlank @Size(max = 36) String teamId,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = ROLES, message = "must be one of " + ROLES) String role,
            @NotBlank @Email @Size(max = 255) String email,
            @NotBlank @Size(min = 10, max = 128, message = "must be at least 10 characters") String password) {

        AccountService.NewStaffAccount toCommand() {
            return new AccountService.NewStaffAccount(teamId, name.strip(), role, email, password);
        }
    }

    /** Account changes. */
    record AccountChangeRequest(
            @Nullable @Email @Size(max = 255) String email,
            @Nullable @Size(max = 255) String fullName,
            @Nullable Boolean isActive,
            @Nullable @Size(min = 10, max = 128, message = "must be at least 10 characters") String password) {
    }
}
