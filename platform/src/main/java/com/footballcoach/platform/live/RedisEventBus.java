package com.footballcoach.platform.live;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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

    private static final int BACKLOG = 10_000;

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final LocalDispatch dispatch = new LocalDispatch();
    /** Publishing is best effort and must never hold up ingest: one sender thread, a bounded backlog. */
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(BACKLOG), r -> {
                Thread thread = new Thread(r, "redis-live-publisher");
                thread.setDaemon(true);
                return thread;
            }, (task, pool) -> log.warn("Live backlog full: an event was not fanned out (clients replay on reconnect)"));

    public RedisEventBus(StringRedisTemplate redis, RedisMessageListenerContainer container, JsonMapper json) {
        this.redis = redis;
        this.json = json;
        container.addMessageListener(this, new ChannelTopic(CHANNEL));
    }

    @Override
    public void publish(LiveEvent event) {
        String message = json.writeValueAsString(event);
        sender.execute(() -> {
            try {
                redis.convertAndSend(CHANNEL, message);
            } catch (RuntimeException e) {
                log.warn("Redis unavailable, live event for {} not fanned out (clients replay on reconnect): {}",
                        event.stream(), e.getMessage());
            }
        });
    }

    /** Stops the sender; what is still queued is dropped (it is stored and replayable). */
    void shutdown() {
        sender.shutdownNow();
        dispatch.close();
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
