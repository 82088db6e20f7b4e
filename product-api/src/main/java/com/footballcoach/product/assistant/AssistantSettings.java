package com.footballcoach.product.assistant;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much the assistant reads: the total retrieval budget ({@code ASSISTANT_RETRIEVAL_BUDGET},
 * default 2 s), the JDBC timeout of each query ({@code ASSISTANT_QUERY_TIMEOUT}, seconds), the
 * context size ({@code ASSISTANT_CONTEXT_MAX_CHARS}), at most 5 players and 3 matches, and how far
 * back tactical memory looks ({@code ASSISTANT_MEMORY_DAYS}).
 */
@ConfigurationProperties("coach.assistant")
record AssistantSettings(Duration retrievalBudget, int queryTimeoutSeconds, int contextMaxChars, int maxPlayers,
        int maxMatches, int memoryDays) {

    AssistantSettings {
        retrievalBudget = retrievalBudget == null || retrievalBudget.isZero() || retrievalBudget.isNegative()
                ? Duration.ofSeconds(2) : retrievalBudget;
        queryTimeoutSeconds = queryTimeoutSeconds <= 0 ? 2 : queryTimeoutSeconds;
        contextMaxChars = contextMaxChars <= 0 ? 3000 : contextMaxChars;
        maxPlayers = maxPlayers <= 0 ? 5 : maxPlayers;
        maxMatches = maxMatches <= 0 ? 3 : maxMatches;
        memoryDays = memoryDays <= 0 ? 90 : memoryDays;
    }

    static AssistantSettings defaults() {
        return new AssistantSettings(null, 0, 0, 0, 0, 0);
    }
}
