package com.footballcoach.platform.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Allowed browser origins, from {@code CORS_ALLOW_ORIGINS} (comma-separated; empty = any, no credentials). */
@ConfigurationProperties("coach.cors")
public record CorsSettings(String allowOrigins) {

    public CorsSettings {
        allowOrigins = allowOrigins == null ? "" : allowOrigins;
    }

    public List<String> origins() {
        return SecurityConfiguration.split(allowOrigins);
    }
}
