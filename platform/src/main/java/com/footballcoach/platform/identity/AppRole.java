package com.footballcoach.platform.identity;

import static com.footballcoach.platform.identity.Permission.ACCOUNTS_CREATE;
import static com.footballcoach.platform.identity.Permission.ACCOUNTS_DELETE;
import static com.footballcoach.platform.identity.Permission.ACCOUNTS_READ;
import static com.footballcoach.platform.identity.Permission.ACCOUNTS_UPDATE;
import static com.footballcoach.platform.identity.Permission.ANALYSIS_RUN;
import static com.footballcoach.platform.identity.Permission.FOOTBALL_READ;
import static com.footballcoach.platform.identity.Permission.FOOTBALL_WRITE;
import static com.footballcoach.platform.identity.Permission.NOTES_READ;
import static com.footballcoach.platform.identity.Permission.NOTES_WRITE;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The role table: which application role a user has and what it may do. This is the only place
 * that maps roles to permissions; {@code docs/access.md} prints it.
 */
public enum AppRole {
    ACCOUNT_MANAGER("account_manager", EnumSet.of(ACCOUNTS_READ, ACCOUNTS_CREATE, ACCOUNTS_UPDATE, ACCOUNTS_DELETE,
            FOOTBALL_READ, NOTES_READ, NOTES_WRITE, ANALYSIS_RUN)),
    COACH("coach", EnumSet.of(FOOTBALL_READ, FOOTBALL_WRITE, ANALYSIS_RUN, NOTES_READ, NOTES_WRITE)),
    ASSISTANT_COACH("assistant_coach", EnumSet.of(FOOTBALL_READ, FOOTBALL_WRITE, ANALYSIS_RUN, NOTES_READ)),
    ANALYST("analyst", EnumSet.of(FOOTBALL_READ, ANALYSIS_RUN, NOTES_READ, NOTES_WRITE)),
    PLAYER("player", EnumSet.of(FOOTBALL_READ));

    private final String code;
    private final Set<Permission> permissions;

    AppRole(String code, Set<Permission> permissions) {
        this.code = code;
        this.permissions = Set.copyOf(permissions);
    }

    /**
     * The role of a user: owners manage accounts; staff get the role of their staff position
     * (head_coach → coach, assistant_coach, analyst); anything else is a player.
     */
    public static AppRole of(String userType, @Nullable String staffRole) {
        if ("owner".equals(userType)) {
            return ACCOUNT_MANAGER;
        }
        if (staffRole == null) {
            return PLAYER;
        }
        return switch (staffRole) {
            case "head_coach" -> COACH;
            case "assistant_coach" -> ASSISTANT_COACH;
            case "analyst" -> ANALYST;
            default -> PLAYER;
        };
    }

    public String code() {
        return code;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }
}
