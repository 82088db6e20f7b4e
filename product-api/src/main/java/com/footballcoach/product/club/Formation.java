package com.footballcoach.product.club;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A formation: the club's own, or global ({@code user_id} null). {@code created_at} is always present. */
record Formation(String id, String name, @Nullable String description, @Nullable String userId,
        LocalDateTime createdAt) {
}
