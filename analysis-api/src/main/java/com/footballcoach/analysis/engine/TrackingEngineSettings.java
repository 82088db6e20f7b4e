package com.footballcoach.analysis.engine;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the tracking engine listens ({@code TRACKING_ENGINE_HOST}, {@code TRACKING_ENGINE_PORT})
 * and how the gRPC client treats it.
 *
 * @param runDeadline     the longest one analysis call may take (default 6 h)
 * @param connectAttempts calls tried while the engine answers UNAVAILABLE before any packet (default 4)
 * @param retryBackoff    the pause before the second attempt, doubled each time (default 1 s)
 * @param keepAlive       HTTP/2 keep-alive ping interval on the channel (default 30 s)
 */
@ConfigurationProperties("coach.tracking-engine")
public record TrackingEngineSettings(@Nullable String host, int port, @Nullable Duration runDeadline,
        int connectAttempts, @Nullable Duration retryBackoff, @Nullable Duration keepAlive) {

    public TrackingEngineSettings {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        port = port <= 0 ? 50051 : port;
        runDeadline = runDeadline == null || runDeadline.isZero() ? Duration.ofHours(6) : runDeadline;
        connectAttempts = connectAttempts <= 0 ? 4 : connectAttempts;
        retryBackoff = retryBackoff == null ? Duration.ofSeconds(1) : retryBackoff;
        keepAlive = keepAlive == null || keepAlive.isZero() ? Duration.ofSeconds(30) : keepAlive;
    }

    /** {@code host:port}, as messages name the engine. */
    public String target() {
        return host + ":" + port;
    }
}
