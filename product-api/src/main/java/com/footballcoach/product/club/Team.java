package com.footballcoach.product.club;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A team as the app reads it. */
public record Team(String id, String name, @Nullable String userId, @Nullable String primaryColor,
        @Nullable String secondaryColor, @Nullable String logoUrl, LocalDateTime createdAt) {
}
