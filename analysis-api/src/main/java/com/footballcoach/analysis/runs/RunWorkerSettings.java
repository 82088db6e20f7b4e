package com.footballcoach.analysis.runs;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The run worker of this instance ({@code coach.analysis.worker.*}).
 *
 * @param enabled           whether this instance claims queued runs (default true)
 * @param pollInterval      how often it looks for queued runs submitted elsewhere (default 1 s)
 * @param heartbeatInterval how often it heartbeats its runs (default: a quarter of the stale
 *                          threshold, at most 15 s)
 * @param progressInterval  progress is persisted at most this often, unless it moved 5 % (default 500 ms)
 */
@ConfigurationProperties("coach.analysis.worker")
record RunWorkerSettings(@Nullable Boolean enabled, @Nullable Duration pollInterval,
        @Nullable Duration heartbeatInterval, @Nullable Duration progressInterval) {

    boolean isEnabled() {
        return enabled == null || enabled;
    }

    Duration poll() {
        return pollInterval == null || pollInterval.isZero() ? Duration.ofSeconds(1) : pollInterval;
    }

    Duration heartbeat(Duration staleAfter) {
        if (heartbeatInterval != null && !heartbeatInterval.isZero()) {
            return heartbeatInterval;
        }
        Duration quarter = staleAfter.dividedBy(4);
        return quarter.compareTo(Duration.ofSeconds(15)) > 0 ? Duration.ofSeconds(15) : quarter;
    }

    Duration progress() {
        return progressInterval == null ? Duration.ofMillis(500) : progressInterval;
    }
}
