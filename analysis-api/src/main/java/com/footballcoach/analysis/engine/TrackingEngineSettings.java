package com.footballcoach.analysis.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the tracking engine listens ({@code TRACKING_ENGINE_HOST}, {@code TRACKING_ENGINE_PORT}). */
@ConfigurationProperties("coach.tracking-engine")
public record TrackingEngineSettings(String host, int port) {

    public TrackingEngineSettings {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        port = port <= 0 ? 50051 : port;
    }
}
