package com.footballcoach.platform.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Live connection counts and drops, per channel (websocket, sse): {@code coach_live_*} metrics. */
public final class LiveMetrics {

    private final MeterRegistry registry;
    private final AtomicInteger websocket = new AtomicInteger();
    private final AtomicInteger sse = new AtomicInteger();

    LiveMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("coach.live.connections", List.of(Tag.of("channel", "websocket")), websocket);
        registry.gauge("coach.live.connections", List.of(Tag.of("channel", "sse")), sse);
    }

    public void opened(String channel) {
        counter(channel).incrementAndGet();
    }

    public void closed(String channel) {
        counter(channel).decrementAndGet();
    }

    /** A connection closed because it could not keep up. */
    public void dropped(String channel) {
        Counter.builder("coach.live.dropped").tag("channel", channel).register(registry).increment();
    }


    private AtomicInteger counter(String channel) {
        return "sse".equals(channel) ? sse : websocket;
    }
}
