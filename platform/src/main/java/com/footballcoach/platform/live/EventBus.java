package com.footballcoach.platform.live;

import java.util.function.Consumer;

/**
 * Fans live events out to subscribers, in this process ({@link InProcessEventBus}) or across every
 * instance ({@link RedisEventBus}). Publishers call it only after their rows committed; a lost
 * message is recovered by replay from the database. Publishing returns at once: listeners run on
 * the bus's dispatcher thread, one event after the other in publishing order.
 */
public interface EventBus {

    void publish(LiveEvent event);

    /** Delivers the events of one stream until the subscription is closed. Listeners must not block. */
    Subscription subscribe(String stream, Consumer<LiveEvent> listener);

    /** An active subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
