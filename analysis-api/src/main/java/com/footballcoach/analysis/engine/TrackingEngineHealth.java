package com.footballcoach.analysis.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Reports whether the tracking engine accepts connections ({@code trackingEngine} in /actuator/health). */
@Component("trackingEngine")
@EnableConfigurationProperties(TrackingEngineSettings.class)
class TrackingEngineHealth implements HealthIndicator {

    private static final int TIMEOUT_MS = 500;

    private final TrackingEngineSettings settings;

    TrackingEngineHealth(TrackingEngineSettings settings) {
        this.settings = settings;
    }

    @Override
    public Health health() {
        String target = settings.host() + ":" + settings.port();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), TIMEOUT_MS);
            return Health.up().withDetail("target", target).build();
        } catch (IOException e) {
            return Health.down().withDetail("target", target).withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
