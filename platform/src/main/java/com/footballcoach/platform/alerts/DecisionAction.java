package com.footballcoach.platform.alerts;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What a coach did with an alert's decision. */
public enum DecisionAction {
    ACCEPT, DISMISS;

    /** {@code ACCEPT} or {@code DISMISS}, any case; empty otherwise. */
    public static Optional<DecisionAction> ofName(@Nullable String text) {
        return text == null ? Optional.empty() : switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "ACCEPT" -> Optional.of(ACCEPT);
            case "DISMISS" -> Optional.of(DISMISS);
            default -> Optional.empty();
        };
    }

    /** {@code accept}/{@code accepted}/{@code dismiss}/{@code dismissed}, any case; empty otherwise. */
    public static Optional<DecisionAction> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "ACCEPT", "ACCEPTED" -> Optional.of(ACCEPT);
            case "DISMISS", "DISMISSED" -> Optional.of(DISMISS);
            default -> Optional.empty();
        };
    }
}
