package com.footballcoach.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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

    @Test
    void nonBlockingWritesGoOneAtATimeInOrderWhenTheyCompleteOnOtherThreads() {
        List<Integer> received = new CopyOnWriteArrayList<>();
        AtomicBoolean concurrent = new AtomicBoolean();
        AtomicBoolean inWrite = new AtomicBoolean();
        BoundedSender<Integer> sender = BoundedSender.nonBlocking(10_000, executor, (message, done) -> {
            if (!inWrite.compareAndSet(false, true)) {
                concurrent.set(true);
            }
            received.add(message);
            // the container reports the end of a write on one of its own threads
            executor.execute(() -> {
                inWrite.set(false);
                done.written(null);
            });
        }, () -> { }, () -> { });

        for (int i = 0; i < 5_000; i++) {
            sender.offer(i);
        }

        org.awaitility.Awaitility.await().pollInterval(java.time.Duration.ofMillis(5)).until(() -> received.size() == 5_000);
        assertThat(concurrent).isFalse();
        assertThat(received).isSorted();
    }

    @Test
    void aFastConnectionIsWrittenOnTheOfferingThread() {
        List<String> threads = new CopyOnWriteArrayList<>();
        BoundedSender<String> sender = BoundedSender.nonBlocking(8, executor, (message, done) -> {
            threads.add(Thread.currentThread().getName());
            done.written(null);
        }, () -> { }, () -> { });

        sender.offer("a");
        sender.offer("b");

        assertThat(threads).containsOnly(Thread.currentThread().getName()).hasSize(2);
    }

    @Test
    void writesThatCompleteInlineDrainALongQueueWithoutGrowingTheStack() {
        java.util.concurrent.atomic.AtomicReference<BoundedSender.Done> first = new java.util.concurrent.atomic.AtomicReference<>();
        AtomicInteger written = new AtomicInteger();
        BoundedSender<Integer> sender = BoundedSender.nonBlocking(200_000, executor, (message, done) -> {
            if (message == 0) {
                first.set(done); // held: the rest queues up behind it
                return;
            }
            written.incrementAndGet();
            done.written(null);
        }, () -> { }, () -> { });
        for (int i = 0; i < 200_000; i++) {
            sender.offer(i);
        }

        first.get().written(null);

        assertThat(written).hasValue(199_999);
    }

    @Test
    void dropsAConnectionWhoseWriteNeverCompletesOffThePublishersThread() throws Exception {
        CountDownLatch dropped = new CountDownLatch(1);
        List<String> droppedOn = new CopyOnWriteArrayList<>();
        BoundedSender<Integer> sender = BoundedSender.nonBlocking(4, executor, (message, done) -> {
            // a peer that stopped reading: the write never completes
        }, () -> {
            droppedOn.add(Thread.currentThread().getName());
            dropped.countDown();
        }, () -> { });

        boolean accepted = true;
        for (int i = 0; i < 10 && accepted; i++) {
            accepted = sender.offer(i);
        }

        assertThat(accepted).isFalse();
        assertThat(dropped.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(droppedOn).doesNotContain(Thread.currentThread().getName());
        assertThat(sender.isClosed()).isTrue();
        assertThat(sender.offer(99)).isFalse();
    }

    @Test
    void aFailedWriteClosesTheConnectionOnce() {
        AtomicInteger failures = new AtomicInteger();
        BoundedSender<Integer> sender = BoundedSender.nonBlocking(8, executor,
                (message, done) -> done.written(new java.io.IOException("broken pipe")), () -> { },
                failures::incrementAndGet);

        sender.offer(1);
        sender.offer(2);

        assertThat(failures).hasValue(1);
        assertThat(sender.isClosed()).isTrue();
    }
}
