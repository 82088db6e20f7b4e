package com.footballcoach.platform.jdbc;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * The read caches of an app, and the one rule that keeps them true: when a read-write
 * transaction of this app commits, every cache drops its results. Writes go through
 * transactional service methods, so no write path has to remember the caches; a write made
 * outside this app (another instance, a script) shows after at most {@link ReadCacheSettings#ttl()}.
 * Spring Boot registers this listener with the app's transaction manager.
 */
@Component
public class ReadCaches implements TransactionExecutionListener {

    private final ReadCacheSettings settings;
    private final Clock clock;
    private final List<ReadCache<?, ?>> caches = new CopyOnWriteArrayList<>();

    ReadCaches(ReadCacheSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** A new cache of at most {@code maxEntries} results, dropped with the others on every write. */
    public <K, V> ReadCache<K, V> create(int maxEntries) {
        ReadCache<K, V> cache = new ReadCache<>(settings.ttl(), maxEntries, clock);
        caches.add(cache);
        return cache;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable failure) {
        if (!transaction.isReadOnly()) {
            caches.forEach(ReadCache::invalidate);
        }
    }
}
