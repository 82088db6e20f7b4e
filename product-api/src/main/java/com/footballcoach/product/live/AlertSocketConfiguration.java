package com.footballcoach.product.live;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

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
        registry.addHandler(handler, "/ws/alerts/{match_id}").addInterceptors(handshake).setAllowedOriginPatterns("*")
                .setHandshakeHandler(new NoExtensions());
    }

    /**
     * Accepts no WebSocket extension. Browsers and dart:io offer {@code permessage-deflate}, which
     * the container would otherwise accept: every alert (about a kilobyte) would then be compressed
     * once per connection instead of being written as the one frame shared by all of them.
     */
    static final class NoExtensions extends DefaultHandshakeHandler {

        @Override
        protected List<WebSocketExtension> filterRequestedExtensions(ServerHttpRequest request,
                List<WebSocketExtension> requested, List<WebSocketExtension> supported) {
            return List.of();
        }
    }
}
