package com.footballcoach.platform.jdbc;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Caching of hot reads ({@link ReadCache}).
 *
 * @param ttl how long a result may be served before it is read again ({@code READ_CACHE_TTL}); it
 *            bounds how stale a result can be after a write made on another instance, since writes
 *            of this instance drop the results at once. {@code 0} turns the caches off.
 */
@ConfigurationProperties("coach.read-cache")
public record ReadCacheSettings(Duration ttl) {

    public ReadCacheSettings {
        ttl = ttl == null ? Duration.ofSeconds(1) : ttl;
    }
}
