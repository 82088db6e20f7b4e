package com.footballcoach.platform.web;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The {@code limit}/{@code offset} query parameters of every list. Without either, a list is
 * whole: every row the caller may see (the app never pages). With {@code limit} (1–{@value #MAX_LIMIT})
 * or {@code offset}, it is one page, answered with {@code X-Total-Count} and an RFC 8288
 * {@code Link} header ({@link Listing}). Lists always have a stable order, so pages do not overlap.
 * Read and checked by {@link PageRequestResolver}; the annotations document the bounds.
 */
@ParameterObject
public record PageRequest(
        @Parameter(description = "page size, 1–10000; without limit and offset the list is whole")
        @Min(1) @Max(MAX_LIMIT) @Nullable Integer limit,
        @Parameter(description = "rows to skip (default 0); with an offset alone, the page runs to the end")
        @Min(0) @Nullable Integer offset) {

    public static final int MAX_LIMIT = 10_000;

    /** Every row: no paging. */
    public static final PageRequest ALL = new PageRequest(null, null);

    /** True when the caller asked for a page rather than the whole list. */
    public boolean paged() {
        return limit != null || offset != null;
    }

    /** The rows to skip (0 when none were asked). */
    public int skip() {
        return offset == null ? 0 : offset;
    }
}
