package com.footballcoach.product.club;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A staff member as the app reads it. */
record Staff(String id, String teamId, @Nullable String userId, String name, String role, String permissionLevel,
        @Nullable String email, LocalDateTime createdAt) {
}
