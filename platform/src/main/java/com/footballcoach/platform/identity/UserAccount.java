package com.footballcoach.platform.identity;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A row of {@code users} joined with the staff position of the user, if any. */
public record UserAccount(
        String id,
        String email,
        String passwordHash,
        @Nullable String fullName,
        String userType,
        boolean active,
        LocalDateTime createdAt,
        @Nullable LocalDateTime lastLogin,
        @Nullable String staffId,
        @Nullable String teamId,
        @Nullable String staffRole,
        @Nullable String permissionLevel,
        @Nullable String clubId) {

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, email, fullName, userType, AppRole.of(userType, staffRole), staffId, teamId,
                staffRole, permissionLevel, clubId);
    }
}
