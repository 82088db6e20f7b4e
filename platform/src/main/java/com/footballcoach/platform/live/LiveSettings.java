package com.footballcoach.platform.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Live delivery settings.
 *
 * @param bus       {@code in-process} (default; one JVM) or {@code redis} ({@code EVENT_BUS})
 * @param queueSize messages a connection may have waiting before it is dropped as too slow ({@code LIVE_QUEUE_SIZE})
 * @param heartbeat interval of SSE comment heartbeats and WebSocket pings
 */
@ConfigurationProperties("coach.live")
public record LiveSettings(String bus, int queueSize, Duration heartbeat) {

    public LiveSettings {
        bus = bus == null || bus.isBlank() ? "in-process" : bus.strip().toLowerCase();
        queueSize = queueSize <= 0 ? 256 : queueSize;
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
    }

    public boolean redis() {
        return "redis".equals(bus);
    }
}
