package com.footballcoach.product.shared;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The {@code limit}/{@code offset} query parameters of every list: {@value #DEFAULT_LIMIT} rows by
 * default, at most {@value #MAX_LIMIT}. Lists always have a stable order, so pages do not overlap.
 * Read and checked by {@link PageRequestResolver}; the annotations document the bounds.
 */
@ParameterObject
public record PageRequest(
        @Parameter(description = "page size, 1–500 (default 100)") @Min(1) @Max(MAX_LIMIT) @Nullable Integer limit,
        @Parameter(description = "rows to skip (default 0)") @Min(0) @Nullable Integer offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    public static PageRequest first(int limit) {
        return new PageRequest(limit, 0);
    }

    public int size() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    public int skip() {
        return offset == null ? 0 : offset;
    }
}
