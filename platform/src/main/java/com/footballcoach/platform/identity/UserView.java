package com.footballcoach.platform.identity;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user as the API shows it. {@code password_hash} stays in the shape because the current app
 * requires the field, but it is always empty: no hash ever leaves the server.
 */
public record UserView(
        String id,
        String email,
        String passwordHash,
        @Nullable String fullName,
        boolean isActive,
        LocalDateTime createdAt,
        @Nullable LocalDateTime lastLogin,
        String userType,
        String appRole,
        List<String> appPermissions,
        @Nullable String staffId,
        @Nullable String teamId,
        @Nullable String role,
        @Nullable String permissionLevel) {

    public static UserView of(UserAccount account) {
        AppRole appRole = AppRole.of(account.userType(), account.staffRole());
        return new UserView(account.id(), account.email(), "", account.fullName(), account.active(),
                account.createdAt(), account.lastLogin(), account.userType(), appRole.code(),
                appRole.permissions().stream().map(Permission::code).sorted().toList(), account.staffId(),
                account.teamId(), account.staffRole(), account.permissionLevel());
    }
}
