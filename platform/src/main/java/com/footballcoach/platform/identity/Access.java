package com.footballcoach.platform.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a route requires: nothing (anonymous), any active account, or one of some permissions or
 * roles. Granted when the caller has any listed permission or any listed role.
 */
public record Access(boolean anonymous, Set<Permission> anyPermission, Set<AppRole> anyRole) {

    public static Access anonymousAccess() {
        return new Access(true, Set.of(), Set.of());
    }

    public static Access authenticated() {
        return new Access(false, Set.of(), Set.of());
    }

    public static Access permission(Permission permission) {
        return new Access(false, EnumSet.of(permission), Set.of());
    }

    public static Access roles(AppRole first, AppRole... rest) {
        return new Access(false, Set.of(), EnumSet.of(first, rest));
    }

    public Access orRole(AppRole role) {
        EnumSet<AppRole> roles = anyRole.isEmpty() ? EnumSet.noneOf(AppRole.class) : EnumSet.copyOf(anyRole);
        roles.add(role);
        return new Access(anonymous, anyPermission, roles);
    }

    /** Whether an authenticated user of this role passes. */
    public boolean grants(AppRole role) {
        if (anonymous || (anyPermission.isEmpty() && anyRole.isEmpty())) {
            return true;
        }
        return anyRole.contains(role) || anyPermission.stream().anyMatch(role::can);
    }

    /** Human text for docs: "anonymous", "any active user", "football.write or account_manager". */
    public String describe() {
        if (anonymous) {
            return "anonymous";
        }
        if (anyPermission.isEmpty() && anyRole.isEmpty()) {
            return "any active user";
        }
        String permissions = anyPermission.stream().map(Permission::code).sorted().collect(Collectors.joining(" or "));
        String roles = anyRole.stream().map(AppRole::code).sorted().collect(Collectors.joining(" or "));
        return permissions.isEmpty() ? "role " + roles : roles.isEmpty() ? permissions : permissions + " or role " + roles;
    }
}
