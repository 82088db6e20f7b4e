package com.footballcoach.product.assistant;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The assistant's clients as beans: the retrieval pool, the LLM HTTP client and the language model. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AssistantSettings.class, LlmSettings.class})
class AssistantConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService assistantRetrievalExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(8, 8, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "assistant-retrieval-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    @Bean
    Retrieval assistantRetrieval(@Qualifier("assistantRetrievalExecutor") ExecutorService executor) {
        return new Retrieval(executor);
    }

    @Bean
    HttpClient llmHttpClient(LlmSettings settings) {
        return RemoteLanguageModel.httpClient(settings.timeout().compareTo(Duration.ofSeconds(5)) < 0
                ? settings.timeout() : Duration.ofSeconds(5));
    }

    @Bean
    LanguageModel languageModel(LlmSettings settings, @Qualifier("llmHttpClient") HttpClient http, JsonMapper json,
            Clock clock) {
        if (!settings.remote()) {
            return new LanguageModel.Local();
        }
        return new RemoteLanguageModel(http, json, settings,
                new CircuitBreaker(settings.breakerFailures(), Duration.ofSeconds(settings.breakerOpenSeconds()), clock));
    }
}
