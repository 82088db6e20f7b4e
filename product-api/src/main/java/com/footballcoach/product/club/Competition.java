package com.footballcoach.product.club;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A competition (the app calls it an "event"): the club's own, or global ({@code user_id} null). */
record Competition(String id, String name, @Nullable String userId, LocalDateTime createdAt) {
}
