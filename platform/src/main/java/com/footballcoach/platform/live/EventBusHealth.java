package com.footballcoach.platform.live;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * {@code eventBus} in /actuator/health: the bus in use and, with Redis, whether Redis answers.
 * Redis down degrades live delivery only (rows are still stored and replayed), so the indicator
 * stays UP and says so in its details rather than taking the app out of service.
 */
@Component("eventBusHealthIndicator")
class EventBusHealth implements HealthIndicator {

    private final LiveSettings settings;
    private final ObjectProvider<RedisConnectionFactory> redis;

    EventBusHealth(LiveSettings settings, ObjectProvider<RedisConnectionFactory> redis) {
        this.settings = settings;
        this.redis = redis;
    }

    @Override
    public Health health() {
        if (!settings.redis()) {
            return Health.up().withDetail("bus", "in-process").build();
        }
        try (RedisConnection connection = redis.getObject().getConnection()) {
            return Health.up().withDetail("bus", "redis").withDetail("redis", connection.ping()).build();
        } catch (RuntimeException e) {
            return Health.up().withDetail("bus", "redis").withDetail("redis", "unreachable: live delivery degraded")
                    .build();
        }
    }
}
