/**
 * The coach's assistant: {@code POST /api/assistant/query} and the assistant mode.
 *
 * <p>A question goes through separate, tested pieces: the {@link IntentRouter} (fuzzy keywords and
 * entities from the caller's rosters), the budgeted {@link Retrieval}, the SQL {@link AnalyticsRepository}
 * whose findings are kept as tactical insights and recalled by {@link TacticalMemory}, the
 * {@link ContextBuilder}, and a {@link LanguageModel} that is either a deterministic local composer or a
 * remote model with a local, degraded fallback. See {@code docs/assistant.md}.
 */
@NullMarked
package com.footballcoach.product.assistant;

import org.jspecify.annotations.NullMarked;
