package com.footballcoach.product.live;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** {@code /ws/alerts/{match_id}}: authenticated, team-scoped tactical alerts. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties(AlertSocketSettings.class)
class AlertSocketConfiguration implements WebSocketConfigurer {

    private final AlertSocketHandler handler;
    private final AlertSocketHandshake handshake;

    AlertSocketConfiguration(AlertSocketHandler handler, AlertSocketHandshake handshake) {
        this.handler = handler;
        this.handshake = handshake;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // the Origin is checked by the handshake against CORS_ALLOW_ORIGINS (absent Origin: native clients)
        registry.addHandler(handler, "/ws/alerts/{match_id}").addInterceptors(handshake).setAllowedOriginPatterns("*");
    }
}
