package com.footballcoach.platform.jdbc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Results of a hot read, kept until a write of this instance commits or, for writes made
 * elsewhere (another instance, a script), for at most the time to live. Made and invalidated by
 * {@link ReadCaches}.
 *
 * <p>Results are dropped once a write's transaction has committed, never before, so a read cannot
 * cache what the write is about to replace. A read that ran while a write committed does not keep
 * its result either: every entry carries the generation it was read in, and a write starts a new
 * one. A time to live of zero turns caching off.
 */
public final class ReadCache<K, V> {

    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    ReadCache(Duration ttl, int maxEntries, Clock clock) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The cached result for the key, or the loader's, remembered when no write intervened. */
    public V get(K key, Supplier<V> loader) {
        if (ttl.isZero() || ttl.isNegative()) {
            return loader.get();
        }
        long readIn = generation.get();
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.generation() == readIn && now.isBefore(entry.expires())) {
            return entry.value();
        }
        V value = loader.get();
        if (generation.get() == readIn) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, readIn, now.plus(ttl)));
        }
        return value;
    }

    /** Drops every result now. */
    public void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }

    private record Entry<V>(V value, long generation, Instant expires) {
    }
}
