package com.footballcoach.platform.demo;

/**
 * A login that the demo data creates.
 *
 * @param email the login name
 * @param password the clear-text demo password (demo data only: never a real secret)
 * @param role {@code owner} for a club owner, otherwise the staff role of the account
 * @param description what the account is for, in a few words
 */
public record DemoAccount(String email, String password, String role, String description) {
}
