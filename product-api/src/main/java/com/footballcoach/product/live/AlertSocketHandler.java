package com.footballcoach.product.live;

import com.footballcoach.platform.alerts.AlertHistory;
import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.live.BoundedSender;
import com.footballcoach.platform.live.EventBus;
import com.footballcoach.platform.live.LiveEvent;
import com.footballcoach.platform.live.LiveFanout;
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
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.SubProtocolCapable;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a match's alert history on connect, one alert per text frame (the app upserts each by
 * {@code alert_id}), then live alerts, with pings. A live alert is framed once into one
 * {@link TextMessage} shared by every connection of the match, and written with the container's
 * non-blocking send: a fast client is written on the bus's dispatcher thread with no hand-off per
 * connection. Each connection has a bounded queue: a client that cannot keep up is closed with 1013
 * and nobody else waits for it.
 */
@Component
class AlertSocketHandler extends TextWebSocketHandler implements SubProtocolCapable {

    static final CloseStatus TOO_SLOW = new CloseStatus(1013, "Client too slow; reconnect");
    /** A write that has not completed after this long fails the connection (Tomcat's blocking-send default). */
    static final long SEND_TIMEOUT_MS = 20_000;

    private final LiveFanout<TextMessage> alerts;
    private final AlertHistory history;
    private final LiveSettings settings;
    private final ExecutorService writers;
    private final ScheduledExecutorService heartbeats;
    private final LiveMetrics metrics;
    private final JsonMapper json;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();

    AlertSocketHandler(EventBus bus, AlertHistory history, LiveSettings settings, ExecutorService liveWriters,
            ScheduledExecutorService liveHeartbeats, LiveMetrics metrics, JsonMapper json) {
        this.alerts = new LiveFanout<>(bus, event -> new TextMessage(event.json()));
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
        connection.subscription = alerts.join(LiveStreams.alerts(matchKey), connection::onLive);
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

    /** The container's non-blocking sender of a session, when it is a standard (JSR 356) one. */
    private static RemoteEndpoint.@Nullable Async asyncRemote(WebSocketSession session) {
        if (session instanceof NativeWebSocketSession nativeSession) {
            Session standard = nativeSession.getNativeSession(Session.class);
            if (standard != null) {
                RemoteEndpoint.Async remote = standard.getAsyncRemote();
                remote.setSendTimeout(SEND_TIMEOUT_MS);
                return remote;
            }
        }
        return null;
    }

    /** A live alert that arrived while the history was being sent. */
    private record Arrived(LiveEvent event, TextMessage frame) {
    }

    /** One client: history first, then live alerts newer than what it was sent, each once. */
    private final class Connection {

        final WebSocketSession session;
        final RemoteEndpoint.@Nullable Async remote;
        final BoundedSender<WebSocketMessage<?>> sender;
        final List<Arrived> pending = new ArrayList<>();
        boolean replaying = true;
        long lastSent;
        EventBus.@Nullable Subscription subscription;
        @Nullable ScheduledFuture<?> ping;

        Connection(WebSocketSession session) {
            this.session = session;
            this.remote = asyncRemote(session);
            this.sender = BoundedSender.nonBlocking(settings.queueSize(), writers, this::write, this::tooSlow,
                    this::broken);
        }

        synchronized void replay(List<LiveEvent> stored) {
            stored.forEach(event -> deliver(event, new TextMessage(event.json()), true));
            pending.forEach(arrived -> deliver(arrived.event(), arrived.frame(), false));
            pending.clear();
            replaying = false;
        }

        synchronized void onLive(LiveEvent event, TextMessage frame) {
            if (replaying) {
                pending.add(new Arrived(event, frame));
                return;
            }
            deliver(event, frame, false);
        }

        private void deliver(LiveEvent event, TextMessage frame, boolean fromHistory) {
            if (event.id() != null && event.id() <= lastSent && !fromHistory) {
                return;
            }
            if (event.id() != null) {
                lastSent = Math.max(lastSent, event.id());
            }
            sender.offer(frame);
        }

        /** Text goes out with the non-blocking send; pings (rare, and blocking in the API) on a writer thread. */
        void write(WebSocketMessage<?> message, BoundedSender.Done done) throws Exception {
            if (remote != null && message instanceof TextMessage text) {
                remote.sendText(text.getPayload(), result -> done.written(result.isOK() ? null : result.getException()));
                return;
            }
            BoundedSender.<WebSocketMessage<?>>blockingOn(writers, session::sendMessage).send(message, done);
        }

        void tooSlow() {
            metrics.dropped("websocket");
            close(TOO_SLOW);
        }

        void broken() {
            // closing waits for the write in progress: never on the thread that saw the failure
            writers.execute(() -> close(CloseStatus.SESSION_NOT_RELIABLE));
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
