package com.footballcoach.platform.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscribers of this process, by stream; both bus implementations deliver through it. Events
 * are handed to one dispatcher thread ({@code live-dispatch}) and delivered there in the order they
 * were published: publishing never waits for the fan-out, and there is one thread hand-off per
 * event, not one per connection. The backlog is bounded ({@value #BACKLOG} events); past it an
 * event is dropped with a warning (it is stored, and clients replay it on reconnect).
 */
final class LocalDispatch implements AutoCloseable {

    static final int BACKLOG = 10_000;
    private static final Logger log = LoggerFactory.getLogger(LocalDispatch.class);

    private final Map<String, Set<Consumer<LiveEvent>>> listeners = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor dispatcher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(BACKLOG), r -> {
                Thread thread = new Thread(r, "live-dispatch");
                thread.setDaemon(true);
                return thread;
            }, (task, pool) -> {
                if (!pool.isShutdown()) {
                    log.warn("Live dispatch backlog full: an event was not fanned out (clients replay on reconnect)");
                }
            });

    EventBus.Subscription add(String stream, Consumer<LiveEvent> listener) {
        listeners.computeIfAbsent(stream, s -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(stream, (s, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Queues the event for the dispatcher thread; returns at once. */
    void deliver(LiveEvent event) {
        if (!listeners.containsKey(event.stream())) {
            return;
        }
        dispatcher.execute(() -> dispatch(event));
    }

    private void dispatch(LiveEvent event) {
        Set<Consumer<LiveEvent>> set = listeners.get(event.stream());
        if (set == null) {
            return;
        }
        for (Consumer<LiveEvent> listener : set) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("A live listener failed on {}: {}", event.stream(), e.toString());
            }
        }
    }

    int subscriptions() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }

    /** Stops the dispatcher; events still queued are dropped (they are stored and replayable). */
    @Override
    public void close() {
        dispatcher.shutdownNow();
    }
}
