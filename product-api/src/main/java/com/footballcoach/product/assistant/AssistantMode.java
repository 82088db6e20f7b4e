package com.footballcoach.product.assistant;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** {@code assistant} answers questions; {@code analysis} (live match analysis) switches it off. */
enum AssistantMode {
    ASSISTANT, ANALYSIS;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static @Nullable AssistantMode of(@Nullable String code) {
        for (AssistantMode mode : values()) {
            if (mode.code().equals(code)) {
                return mode;
            }
        }
        return null;
    }
}
