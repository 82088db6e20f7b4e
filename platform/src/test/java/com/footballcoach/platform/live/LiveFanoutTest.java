package com.footballcoach.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveFanoutTest {

    private final InProcessEventBus bus = new InProcessEventBus();

    @AfterEach
    void stop() {
        bus.close();
    }

    @Test
    void framesEachEventOnceWhateverTheNumberOfConnections() {
        AtomicInteger framed = new AtomicInteger();
        LiveFanout<Object> fanout = new LiveFanout<>(bus, event -> {
            framed.incrementAndGet();
            return new Object();
        });
        Set<Object> frames = Collections.newSetFromMap(new IdentityHashMap<>());
        AtomicInteger received = new AtomicInteger();
        for (int i = 0; i < 1_000; i++) {
            fanout.join("alerts:m1", (event, frame) -> {
                synchronized (frames) {
                    frames.add(frame);
                }
                received.incrementAndGet();
            });
        }

        bus.publish(new LiveEvent("alerts:m1", 1L, "alert", "{\"alert_id\":\"A-1\"}"));

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> received.get() == 1_000);
        assertThat(framed).hasValue(1);
        assertThat(frames).as("every connection gets the same frame object").hasSize(1);
    }

    @Test
    void keepsThePublishingOrderForEveryConnectionAndSkipsOtherStreams() {
        LiveFanout<String> fanout = new LiveFanout<>(bus, LiveEvent::json);
        List<List<String>> perConnection = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            List<String> received = new CopyOnWriteArrayList<>();
            perConnection.add(received);
            fanout.join("alerts:m1", (event, frame) -> received.add(frame));
        }
        List<String> other = new CopyOnWriteArrayList<>();
        fanout.join("alerts:m2", (event, frame) -> other.add(frame));
        List<String> published = new ArrayList<>();

        for (int i = 0; i < 500; i++) {
            published.add("m" + i);
            bus.publish(new LiveEvent("alerts:m1", (long) i, "alert", "m" + i));
        }

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> perConnection.stream().allMatch(received -> received.size() == 500));
        assertThat(perConnection).allSatisfy(received -> assertThat(received).isEqualTo(published));
        assertThat(other).isEmpty();
    }

    @Test
    void subscribesToTheBusOncePerStreamAndLeavesWithTheLastConnection() {
        LocalDispatch dispatch = new LocalDispatch();
        EventBus counting = new EventBus() {
            @Override
            public void publish(LiveEvent event) {
                dispatch.deliver(event);
            }

            @Override
            public Subscription subscribe(String stream, java.util.function.Consumer<LiveEvent> listener) {
                return dispatch.add(stream, listener);
            }
        };
        LiveFanout<String> fanout = new LiveFanout<>(counting, LiveEvent::json);
        Map<Integer, EventBus.Subscription> joined = new java.util.HashMap<>();

        for (int i = 0; i < 100; i++) {
            List<String> received = new ArrayList<>();
            joined.put(i, fanout.join("alerts:m1", (event, frame) -> received.add(frame)));
        }
        assertThat(dispatch.subscriptions()).isEqualTo(1);
        assertThat(fanout.members("alerts:m1")).isEqualTo(100);

        joined.values().forEach(EventBus.Subscription::close);
        assertThat(fanout.members("alerts:m1")).isZero();
        assertThat(dispatch.subscriptions()).isZero();
        dispatch.close();
    }

    @Test
    void writesAStreamsConnectionsOnOneLanePerCpu() {
        int cpus = Runtime.getRuntime().availableProcessors();
        org.junit.jupiter.api.Assumptions.assumeTrue(cpus > 1, "one CPU: a single lane");
        LiveFanout<String> fanout = new LiveFanout<>(bus, LiveEvent::json);
        Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicInteger received = new AtomicInteger();
        for (int i = 0; i < 100; i++) {
            fanout.join("alerts:m1", (event, frame) -> {
                threads.add(Thread.currentThread().getName());
                received.incrementAndGet();
            });
        }

        bus.publish(new LiveEvent("alerts:m1", 1L, "alert", "{\"alert_id\":\"A-1\"}"));

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> received.get() == 100);
        assertThat(threads).hasSize(cpus).contains("live-dispatch").contains("live-lane-1");
    }
}
