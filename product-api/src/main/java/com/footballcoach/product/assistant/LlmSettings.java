package com.footballcoach.product.assistant;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The language model: {@code LLM_MODE} ({@code local}, the default: no model at all; or
 * {@code remote}), {@code REMOTE_LLM_URL}, {@code LLM_API} ({@code prompt}: POST {"prompt"} →
 * {"status":"ok","response"}; {@code openai}: chat completions), {@code LLM_MODEL},
 * {@code LLM_API_KEY}, {@code LLM_TIMEOUT} (seconds per attempt), {@code LLM_RETRIES} (extra
 * attempts after a connection error or a 5xx/429), and the circuit breaker: it opens after
 * {@code LLM_BREAKER_FAILURES} failures in a row, for {@code LLM_BREAKER_OPEN_SECONDS}.
 */
@ConfigurationProperties("coach.llm")
record LlmSettings(String mode, String remoteUrl, String api, String model, String apiKey, double timeoutSeconds,
        int retries, int breakerFailures, int breakerOpenSeconds) {

    LlmSettings {
        mode = mode == null || mode.isBlank() ? "local" : mode.trim().toLowerCase(Locale.ROOT);
        remoteUrl = remoteUrl == null ? "" : remoteUrl.trim();
        api = api == null || api.isBlank() ? "prompt" : api.trim().toLowerCase(Locale.ROOT);
        model = model == null || model.isBlank() ? "gpt-4o-mini" : model.trim();
        apiKey = apiKey == null ? "" : apiKey.trim();
        timeoutSeconds = timeoutSeconds <= 0 ? 20 : timeoutSeconds;
        retries = Math.max(0, Math.min(retries, 3));
        breakerFailures = breakerFailures <= 0 ? 3 : breakerFailures;
        breakerOpenSeconds = breakerOpenSeconds <= 0 ? 30 : breakerOpenSeconds;
        if (!mode.equals("local") && !mode.equals("remote")) {
            throw new IllegalArgumentException("LLM_MODE must be local or remote, not " + mode);
        }
        if (!api.equals("prompt") && !api.equals("openai")) {
            throw new IllegalArgumentException("LLM_API must be prompt or openai, not " + api);
        }
        if (mode.equals("remote") && remoteUrl.isEmpty()) {
            throw new IllegalArgumentException("LLM_MODE=remote needs REMOTE_LLM_URL");
        }
    }

    boolean remote() {
        return mode.equals("remote");
    }

    Duration timeout() {
        return Duration.ofMillis(Math.round(timeoutSeconds * 1000));
    }
}
