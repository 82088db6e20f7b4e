package com.footballcoach.product.live;

import com.footballcoach.platform.alerts.AlertHistory;
import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.live.BoundedSender;
import com.footballcoach.platform.live.EventBus;
import com.footballcoach.platform.live.LiveEvent;
import com.footballcoach.platform.live.LiveMetrics;
import com.footballcoach.platform.live.LiveSettings;
import com.footballcoach.platform.live.LiveStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.SubProtocolCapable;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a match's alert history on connect, one alert per text frame (the app upserts each by
 * {@code alert_id}), then live alerts, with pings. Each connection has a bounded queue: a client
 * that cannot keep up is closed with 1013 and nobody else waits for it.
 */
@Component
class AlertSocketHandler extends TextWebSocketHandler implements SubProtocolCapable {

    static final CloseStatus TOO_SLOW = new CloseStatus(1013, "Client too slow; reconnect");

    private final EventBus bus;
    private final AlertHistory history;
    private final LiveSettings settings;
    private final ExecutorService writers;
    private final ScheduledExecutorService heartbeats;
    private final LiveMetrics metrics;
    private final JsonMapper json;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();

    AlertSocketHandler(EventBus bus, AlertHistory history, LiveSettings settings, ExecutorService liveWriters,
            ScheduledExecutorService liveHeartbeats, LiveMetrics metrics, JsonMapper json) {
        this.bus = bus;
        this.history = history;
        this.settings = settings;
        this.writers = liveWriters;
        this.heartbeats = liveHeartbeats;
        this.metrics = metrics;
        this.json = json;
    }

    @Override
    public List<String> getSubProtocols() {
        return List.of("bearer");
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        String matchKey = (String) session.getAttributes().get(AlertSocketHandshake.MATCH);
        CurrentUser user = (CurrentUser) session.getAttributes().get(AlertSocketHandshake.USER);
        Connection connection = new Connection(session);
        connections.put(session.getId(), connection);
        metrics.opened("websocket");
        connection.subscription = bus.subscribe(LiveStreams.alerts(matchKey), connection::onLive);
        List<LiveEvent> stored = history.history(matchKey, user == null ? null : user.id()).stream()
                .map(alert -> new LiveEvent("history", alert.get("seq").asLong(), "alert", json.writeValueAsString(alert)))
                .toList();
        connection.replay(stored);
        connection.ping = heartbeats.scheduleAtFixedRate(() -> connection.sender.offer(new PingMessage()),
                settings.heartbeat().toMillis(), settings.heartbeat().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Connection connection = connections.remove(session.getId());
        if (connection != null) {
            connection.release();
            metrics.closed("websocket");
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        // the app never sends frames; anything sent is ignored
    }

    /** Closes every connection with 1001 (going away) when the app stops. */
    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    void closeAll() {
        connections.values().forEach(connection -> connection.close(CloseStatus.GOING_AWAY));
    }


    /** One client: history first, then live alerts newer than what it was sent, each once. */
    private final class Connection {

        final WebSocketSession session;
        final BoundedSender<WebSocketMessage<?>> sender;
        final List<LiveEvent> pending = new ArrayList<>();
        boolean replaying = true;
        long lastSent;
        EventBus.@Nullable Subscription subscription;
        @Nullable ScheduledFuture<?> ping;

        Connection(WebSocketSession session) {
            this.session = session;
            this.sender = new BoundedSender<>(settings.queueSize(), writers, session::sendMessage, this::tooSlow,
                    this::broken);
        }

        void replay(List<LiveEvent> stored) {
            stored.forEach(this::deliver);
            List<LiveEvent> arrived;
            synchronized (this) {
                arrived = new ArrayList<>(pending);
                pending.clear();
                replaying = false;
            }
            arrived.forEach(this::deliver);
        }

        void onLive(LiveEvent event) {
            synchronized (this) {
                if (replaying) {
                    pending.add(event);
                    return;
                }
            }
            deliver(event);
        }

        synchronized void deliver(LiveEvent event) {
            if (event.id() != null && event.id() <= lastSent && !"history".equals(event.stream())) {
                return;
            }
            if (event.id() != null) {
                lastSent = Math.max(lastSent, event.id());
            }
            sender.offer(new TextMessage(event.json()));
        }

        void tooSlow() {
            metrics.dropped("websocket");
            close(TOO_SLOW);
        }

        void broken() {
            close(CloseStatus.SESSION_NOT_RELIABLE);
        }

        void close(CloseStatus status) {
            try {
                session.close(status);
            } catch (java.io.IOException | IllegalStateException e) {
                // already closing
            }
        }

        void release() {
            sender.close();
            if (subscription != null) {
                subscription.close();
            }
            if (ping != null) {
                ping.cancel(false);
            }
        }
    }
}
