package com.footballcoach.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedSenderTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void dropsASlowClientWithoutHoldingUpAFastOne() throws Exception {
        CountDownLatch slowPeerBlocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean slowDropped = new AtomicBoolean();
        List<String> fastReceived = new CopyOnWriteArrayList<>();
        BoundedSender<String> slow = new BoundedSender<>(8, executor, message -> {
            slowPeerBlocked.countDown();
            release.await();
        }, () -> slowDropped.set(true), () -> { });
        BoundedSender<String> fast = new BoundedSender<>(8, executor, fastReceived::add, () -> { }, () -> { });

        for (int i = 0; i < 100; i++) {
            slow.offer("m" + i);
            fast.offer("m" + i);
            int sent = i + 1;
            // the fast peer keeps up: each message is written before the next is published
            org.awaitility.Awaitility.await().pollInterval(java.time.Duration.ofMillis(1)).until(() -> fastReceived.size() == sent);
        }
        assertThat(slowPeerBlocked.getCount()).isZero();
        release.countDown();

        org.awaitility.Awaitility.await().untilTrue(slowDropped);
        assertThat(slow.isClosed()).isTrue();
        assertThat(fast.isClosed()).isFalse();
        assertThat(fastReceived).hasSize(100).startsWith("m0", "m1").endsWith("m99");
    }

    @Test
    void deliversInOrderFromOneWriterAtATime() {
        List<Integer> received = new CopyOnWriteArrayList<>();
        AtomicBoolean concurrent = new AtomicBoolean();
        AtomicBoolean inSend = new AtomicBoolean();
        BoundedSender<Integer> sender = new BoundedSender<>(10_000, executor, message -> {
            if (!inSend.compareAndSet(false, true)) {
                concurrent.set(true);
            }
            received.add(message);
            inSend.set(false);
        }, () -> { }, () -> { });

        for (int i = 0; i < 5_000; i++) {
            sender.offer(i);
        }

        org.awaitility.Awaitility.await().pollInterval(java.time.Duration.ofMillis(5)).until(() -> received.size() == 5_000);
        assertThat(concurrent).isFalse();
        assertThat(received).isSorted();
    }
}
