package com.footballcoach.platform.identity;

/** A staff position, and the legacy permission level it grants. */
public enum StaffRole {
    HEAD_COACH("head_coach", "full_access"),
    ASSISTANT_COACH("assistant_coach", "view_only"),
    PHYSIO("physio", "view_only"),
    ANALYST("analyst", "notes_only"),
    PLAYER("player", "view_only");

    private final String code;
    private final String permissionLevel;

    StaffRole(String code, String permissionLevel) {
        this.code = code;
        this.permissionLevel = permissionLevel;
    }

    public String code() {
        return code;
    }

    /** head_coach → full_access, analyst → notes_only, others → view_only (as the earlier version). */
    public String permissionLevel() {
        return permissionLevel;
    }

    public static StaffRole fromCode(String code) {
        for (StaffRole role : values()) {
            if (role.code.equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown staff role: " + code);
    }
}
