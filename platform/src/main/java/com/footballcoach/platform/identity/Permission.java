package com.footballcoach.platform.identity;

/** The permission vocabulary of the platform, as the app reads it in {@code app_permissions}. */
public enum Permission {
    ACCOUNTS_READ("accounts.read"),
    ACCOUNTS_CREATE("accounts.create"),
    ACCOUNTS_UPDATE("accounts.update"),
    ACCOUNTS_DELETE("accounts.delete"),
    FOOTBALL_READ("football.read"),
    FOOTBALL_WRITE("football.write"),
    ANALYSIS_RUN("analysis.run"),
    NOTES_READ("notes.read"),
    NOTES_WRITE("notes.write");

    private final String code;

    Permission(String code) {
        this.code = code;
    }

    /** The dotted name used in tokens and docs, e.g. {@code football.read}. */
    public String code() {
        return code;
    }
}
