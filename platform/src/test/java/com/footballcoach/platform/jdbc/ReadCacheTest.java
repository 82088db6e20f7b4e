package com.footballcoach.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionExecution;

class ReadCacheTest {

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };
    private final AtomicInteger queries = new AtomicInteger();
    private final ReadCache<String, Integer> cache = new ReadCache<>(Duration.ofSeconds(1), 100, clock);

    private Integer query() {
        return queries.incrementAndGet();
    }

    @Test
    void servesARepeatedReadWithoutQueryingAgainWithinItsTimeToLive() {
        assertThat(cache.get("team-a", this::query)).isEqualTo(1);
        assertThat(cache.get("team-a", this::query)).isEqualTo(1);
        assertThat(cache.get("team-b", this::query)).isEqualTo(2);

        now = now.plusMillis(1_001);

        assertThat(cache.get("team-a", this::query)).isEqualTo(3);
    }

    @Test
    void aCommittedReadWriteTransactionDropsEveryCacheAndAReadOnlyOneNone() {
        ReadCaches caches = new ReadCaches(new ReadCacheSettings(Duration.ofSeconds(1)), clock);
        ReadCache<String, Integer> players = caches.create(10);
        ReadCache<String, Integer> details = caches.create(10);
        players.get("team-a", this::query);
        details.get("match-1", this::query);

        caches.afterCommit(transaction(true), null);
        assertThat(players.get("team-a", this::query)).isEqualTo(1);
        assertThat(details.get("match-1", this::query)).isEqualTo(2);

        caches.afterCommit(transaction(false), null);
        assertThat(players.get("team-a", this::query)).isEqualTo(3);
        assertThat(details.get("match-1", this::query)).isEqualTo(4);
    }

    private static TransactionExecution transaction(boolean readOnly) {
        return new TransactionExecution() {
            @Override
            public boolean isReadOnly() {
                return readOnly;
            }
        };
    }

    @Test
    void keepsNoResultReadWhileAWriteCommitted() {
        Integer raced = cache.get("team-a", () -> {
            cache.invalidate();
            return query();
        });

        assertThat(raced).isEqualTo(1);
        assertThat(cache.get("team-a", this::query)).as("read again, not the raced result").isEqualTo(2);
        assertThat(cache.get("team-a", this::query)).isEqualTo(2);
    }

    @Test
    void aTimeToLiveOfZeroTurnsCachingOff() {
        ReadCache<String, Integer> off = new ReadCache<>(Duration.ZERO, 100, clock);

        off.get("team-a", this::query);
        off.get("team-a", this::query);

        assertThat(queries).hasValue(2);
    }
}
