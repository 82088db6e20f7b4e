package com.footballcoach.platform.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The authenticated caller, as the database knows them now (not as an old token says).
 *
 * @param clubId the club the user belongs to: an owner's own id, or the owner of a staff member's team
 */
public record CurrentUser(
        String id,
        String email,
        @Nullable String fullName,
        String userType,
        AppRole role,
        @Nullable String staffId,
        @Nullable String teamId,
        @Nullable String staffRole,
        @Nullable String permissionLevel,
        @Nullable String clubId) {

    public boolean can(Permission permission) {
        return role.can(permission);
    }

    public Set<Permission> permissions() {
        return role.permissions();
    }

    public boolean isOwner() {
        return role == AppRole.ACCOUNT_MANAGER;
    }
}
