package com.footballcoach.platform.live;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event bus ({@code EVENT_BUS}: in-process by default, {@code redis} across processes) and the
 * threads that write to live connections. When a parent context already has a bus (both apps in
 * one JVM), the apps use that one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveSettings.class)
class LiveConfiguration {

    @Bean
    @ConditionalOnMissingBean(EventBus.class)
    EventBus eventBus(LiveSettings settings, ObjectProvider<RedisConnectionFactory> redis,
            JsonMapper json) {
        if (!settings.redis()) {
            return new InProcessEventBus();
        }
        RedisConnectionFactory factory = redis.getObject();
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(factory);
        // messages reach the bus in channel order on the subscription's thread (the default runs each
        // on a new thread, so two could be delivered out of order); the bus hands them on at once
        container.setTaskExecutor(new SyncTaskExecutor());
        container.afterPropertiesSet();
        container.start();
        return new ClosingRedisEventBus(new RedisEventBus(new StringRedisTemplate(factory), container, json), container);
    }

    /** Writers of live connections: daemon threads, virtual on Java 21+. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService liveWriters() {
        return LiveThreads.writers();
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService liveHeartbeats() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "live-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    LiveMetrics liveMetrics(MeterRegistry registry) {
        return new LiveMetrics(registry);
    }

    /** A Redis bus that also stops its listener container with the context. */
    record ClosingRedisEventBus(RedisEventBus bus, RedisMessageListenerContainer container)
            implements EventBus, AutoCloseable {

        @Override
        public void publish(LiveEvent event) {
            bus.publish(event);
        }

        @Override
        public Subscription subscribe(String stream, Consumer<LiveEvent> listener) {
            return bus.subscribe(stream, listener);
        }

        @Override
        public void close() throws Exception {
            bus.shutdown();
            container.stop();
            container.destroy();
        }
    }
}
