/**
 * The coach's assistant: {@code POST /api/assistant/query} and the assistant mode.
 *
 * <p>Questions about numbers go through the metric layer first: the {@link MetricCatalogue}, a
 * {@link MetricQuery} parsed locally by the {@link QuestionParser} or chosen by a remote model through
 * the {@link MetricTool}, one scoped SQL statement in the {@link MetricRepository}, and a fact-first
 * answer from {@link MetricAnswers}. Other questions go through separate, tested pieces: the {@link IntentRouter} (fuzzy keywords and
 * entities from the caller's rosters), the budgeted {@link Retrieval}, the SQL {@link AnalyticsRepository}
 * whose findings are kept as tactical insights and recalled by {@link TacticalMemory}, the
 * {@link ContextBuilder}, and a {@link LanguageModel} that is either a deterministic local composer or a
 * remote model with a local, degraded fallback. See {@code docs/assistant.md}.
 */
@NullMarked
package com.footballcoach.product.assistant;

import org.jspecify.annotations.NullMarked;
