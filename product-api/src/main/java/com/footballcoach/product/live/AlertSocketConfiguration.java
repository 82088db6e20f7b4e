package com.footballcoach.product.live;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/** {@code /ws/alerts/{match_id}}: authenticated, team-scoped tactical alerts. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties(AlertSocketSettings.class)
class AlertSocketConfiguration implements WebSocketConfigurer {

    /**
     * The largest message a client may send. The app sends none (pongs are control frames, with
     * their own buffer), and the container allocates both inbound buffers at this size for every
     * connection: 8 KiB of bytes and 8 Ki chars by default, 24 KiB of heap per connection for nothing.
     * A bigger message closes the connection with 1009 (too big).
     */
    static final int MAX_INBOUND_MESSAGE = 1024;

    private final AlertSocketHandler handler;
    private final AlertSocketHandshake handshake;

    AlertSocketConfiguration(AlertSocketHandler handler, AlertSocketHandshake handshake) {
        this.handler = handler;
        this.handshake = handshake;
    }

    @Bean
    static ServletServerContainerFactoryBean alertSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(MAX_INBOUND_MESSAGE);
        container.setMaxBinaryMessageBufferSize(MAX_INBOUND_MESSAGE);
        return container;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // the Origin is checked by the handshake against CORS_ALLOW_ORIGINS (absent Origin: native clients)
        registry.addHandler(handler, "/ws/alerts/{match_id}").addInterceptors(handshake).setAllowedOriginPatterns("*");
    }
}
