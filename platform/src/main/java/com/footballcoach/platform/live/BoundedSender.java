package com.footballcoach.platform.live;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outgoing queue of one live connection. Publishers only enqueue (never block); messages are
 * written one at a time, in order: the thread that finds the connection idle starts the next write,
 * and the write's completion starts the one after. A connection whose queue fills up is too slow:
 * it is closed (on the executor, never on the publisher's thread), and the others are not held up.
 *
 * <p>With a non-blocking {@link Transport} (the WebSocket's asynchronous send), a fast connection is
 * written on the thread that offers the message, with no hand-off; a {@link Blocking} transport is
 * run on the executor, one write task at a time.
 */
public final class BoundedSender<T> {

    private static final Logger log = LoggerFactory.getLogger(BoundedSender.class);

    /** Starts writing one message and calls {@code done} once it is written or failed; must not block. */
    @FunctionalInterface
    public interface Transport<T> {
        void send(T message, Done done) throws Exception;
    }

    /** The end of one write: {@code failure} is null when the message was written. */
    @FunctionalInterface
    public interface Done {
        void written(@Nullable Throwable failure);
    }

    /** Writes one message to the connection; may block on a slow peer. */
    @FunctionalInterface
    public interface Blocking<T> {
        void send(T message) throws Exception;
    }

    private final BlockingQueue<T> queue;
    private final Executor executor;
    private final Transport<T> transport;
    private final Runnable onOverflow;
    private final Runnable onFailure;
    /** Turns of the write loop still owed: only the thread that raised it from 0 runs the loop. */
    private final AtomicInteger pumping = new AtomicInteger();
    private volatile boolean writing;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** A sender whose writes block: each runs as a task on {@code executor}. */
    public BoundedSender(int capacity, Executor executor, Blocking<T> transport, Runnable onOverflow,
            Runnable onFailure) {
        this(capacity, executor, blockingOn(executor, transport), onOverflow, onFailure);
    }

    private BoundedSender(int capacity, Executor executor, Transport<T> transport, Runnable onOverflow,
            Runnable onFailure) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.executor = executor;
        this.transport = transport;
        this.onOverflow = onOverflow;
        this.onFailure = onFailure;
    }

    /**
     * A sender over a non-blocking transport: the write starts on the thread that offers (or that
     * completed the previous write); {@code executor} only runs the closing of a slow connection.
     */
    public static <T> BoundedSender<T> nonBlocking(int capacity, Executor executor, Transport<T> transport,
            Runnable onOverflow, Runnable onFailure) {
        return new BoundedSender<>(capacity, executor, transport, onOverflow, onFailure);
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
        pump();
        return true;
    }

    public boolean isClosed() {
        return closed.get();
    }

    public void close() {
        closed.set(true);
        queue.clear();
    }

    /**
     * Starts the next write when none is in progress. A write that completes inside {@code send}
     * (on this thread) only asks for another turn of this loop, so the stack does not grow.
     */
    private void pump() {
        if (pumping.getAndIncrement() != 0) {
            return;
        }
        int owed = 1;
        do {
            if (!writing && !closed.get()) {
                T message = queue.poll();
                if (message != null) {
                    writing = true;
                    try {
                        transport.send(message, this::written);
                    } catch (Exception e) {
                        written(e);
                    }
                }
            }
            owed = pumping.addAndGet(-owed);
        } while (owed != 0);
    }

    private void written(@Nullable Throwable failure) {
        if (failure != null) {
            log.debug("Live connection write failed: {}", failure.toString());
            if (closed.compareAndSet(false, true)) {
                queue.clear();
                onFailure.run();
            }
            return;
        }
        writing = false;
        pump();
    }

    /** A blocking write run on the executor, reporting its end to the sender. */
    public static <T> Transport<T> blockingOn(Executor executor, Blocking<T> write) {
        return (message, done) -> executor.execute(() -> {
            try {
                write.send(message);
            } catch (Exception e) {
                done.written(e);
                return;
            }
            done.written(null);
        });
    }
}
