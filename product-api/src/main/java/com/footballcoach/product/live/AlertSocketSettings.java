package com.footballcoach.product.live;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The alert WebSocket. {@code ALERTS_WS_ALLOW_ANONYMOUS=true} lets clients connect without a token
 * (the current app release sends none) — off by default; turn it on only during the migration to
 * an app release that sends its token.
 */
@ConfigurationProperties("coach.alerts-ws")
record AlertSocketSettings(boolean allowAnonymous) {
}
