package com.footballcoach.platform.live;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fans events out through Redis pub/sub on one channel, so a subscriber connected to any instance
 * of either app receives what any instance published. While Redis is down, live delivery stops
 * (publishing logs and goes on: the rows are stored) and clients recover by replay on reconnect.
 */
public final class RedisEventBus implements EventBus, MessageListener {

    static final String CHANNEL = "coach:live";
    private static final Logger log = LoggerFactory.getLogger(RedisEventBus.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final LocalDispatch dispatch = new LocalDispatch();

    public RedisEventBus(StringRedisTemplate redis, RedisMessageListenerContainer container, JsonMapper json) {
        this.redis = redis;
        this.json = json;
        container.addMessageListener(this, new ChannelTopic(CHANNEL));
    }

    @Override
    public void publish(LiveEvent event) {
        try {
            redis.convertAndSend(CHANNEL, json.writeValueAsString(event));
        } catch (RuntimeException e) {
            log.warn("Redis unavailable, live event for {} not fanned out (clients replay on reconnect): {}",
                    event.stream(), e.getMessage());
        }
    }

    @Override
    public Subscription subscribe(String stream, Consumer<LiveEvent> listener) {
        return dispatch.add(stream, listener);
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        try {
            dispatch.deliver(json.readValue(message.getBody(), LiveEvent.class));
        } catch (RuntimeException e) {
            log.warn("Dropped a malformed live event from Redis: {}", e.getMessage());
        }
    }
}
