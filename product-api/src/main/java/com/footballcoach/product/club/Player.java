package com.footballcoach.product.club;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A player as the app reads it: integers for jersey number, height and weight; a number for market value. */
public record Player(String id, String name, @Nullable String teamId, @Nullable String position,
        @Nullable Integer jerseyNumber, @Nullable LocalDate birthDate, @Nullable String dominantFoot,
        @Nullable Integer heightCm, @Nullable Integer weightKg, @Nullable String nationality,
        @Nullable String countryCode, @Nullable String imageUrl, @Nullable BigDecimal marketValue,
        LocalDateTime createdAt) {
}
