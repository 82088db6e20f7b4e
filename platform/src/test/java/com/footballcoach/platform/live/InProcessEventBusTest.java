package com.footballcoach.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.CountDownLatch;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InProcessEventBusTest {

    private final InProcessEventBus bus = new InProcessEventBus();

    @AfterEach
    void stop() {
        bus.close();
    }

    @Test
    void publishingReturnsAtOnceAndListenersRunOnTheDispatcherInPublishingOrder() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Long> received = new CopyOnWriteArrayList<>();
        Set<String> threads = new CopyOnWriteArraySet<>();
        bus.subscribe("s", event -> {
            threads.add(Thread.currentThread().getName());
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            received.add(event.id());
        });

        for (long i = 0; i < 1_000; i++) {
            bus.publish(new LiveEvent("s", i, "segment", "{}"));
        }
        // the listener is held up, yet every publish has returned
        assertThat(received).isEmpty();
        release.countDown();

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1_000);
        assertThat(received).isSorted();
        assertThat(threads).containsExactly("live-dispatch");
    }
}
