package com.footballcoach.platform.live;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outgoing queue of one live connection: publishers only enqueue (never block); one task at a
 * time drains it on a shared executor. A connection whose queue fills up is too slow: it is
 * closed, and the others are not held up.
 */
public final class BoundedSender<T> {

    private static final Logger log = LoggerFactory.getLogger(BoundedSender.class);

    /** Writes one message to the connection; may block on a slow peer. */
    @FunctionalInterface
    public interface Transport<T> {
        void send(T message) throws Exception;
    }

    private final BlockingQueue<T> queue;
    private final Executor executor;
    private final Transport<T> transport;
    private final Runnable onOverflow;
    private final Runnable onFailure;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    public BoundedSender(int capacity, Executor executor, Transport<T> transport, Runnable onOverflow,
            Runnable onFailure) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.executor = executor;
        this.transport = transport;
        this.onOverflow = onOverflow;
        this.onFailure = onFailure;
    }

    /** Queues a message; returns false (and closes the connection) when the queue is full. */
    public boolean offer(T message) {
        if (closed.get()) {
            return false;
        }
        if (!queue.offer(message)) {
            if (closed.compareAndSet(false, true)) {
                queue.clear();
                // closing may itself wait on the slow peer: never on the publisher's thread
                executor.execute(onOverflow);
            }
            return false;
        }
        scheduleDrain();
        return true;
    }

    public boolean isClosed() {
        return closed.get();
    }

    public void close() {
        closed.set(true);
        queue.clear();
    }

    private void scheduleDrain() {
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            T message;
            while (!closed.get() && (message = queue.poll()) != null) {
                transport.send(message);
            }
        } catch (Exception e) {
            log.debug("Live connection write failed: {}", e.toString());
            if (closed.compareAndSet(false, true)) {
                queue.clear();
                onFailure.run();
            }
        } finally {
            draining.set(false);
            if (!queue.isEmpty() && !closed.get()) {
                scheduleDrain();
            }
        }
    }
}
