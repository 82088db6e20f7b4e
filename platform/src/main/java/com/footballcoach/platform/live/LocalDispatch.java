package com.footballcoach.platform.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The subscribers of this process, by stream; both bus implementations deliver through it. */
final class LocalDispatch {

    private static final Logger log = LoggerFactory.getLogger(LocalDispatch.class);

    private final Map<String, Set<Consumer<LiveEvent>>> listeners = new ConcurrentHashMap<>();

    EventBus.Subscription add(String stream, Consumer<LiveEvent> listener) {
        listeners.computeIfAbsent(stream, s -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(stream, (s, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    void deliver(LiveEvent event) {
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
}
