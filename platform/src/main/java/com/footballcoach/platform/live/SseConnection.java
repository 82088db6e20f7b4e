package com.footballcoach.platform.live;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

/**
 * One SSE client: framed exactly as the existing app parses it ({@code data: } with one space, the
 * JSON on one line, {@code id:} for stored rows, {@code event: done} at the end), replay of what it
 * missed from the database, then live events — each stored row exactly once, in order.
 */
final class SseConnection {

    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);
    private static final String DONE_PREFIX = "event: done\n";

    private final ResponseBodyEmitter emitter;
    private final BoundedSender<String> sender;
    private final LiveMetrics metrics;
    private final List<LiveEvent> pending = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private boolean replaying = true;
    private long lastSent;
    private EventBus.@Nullable Subscription subscription;
    private @Nullable ScheduledFuture<?> heartbeat;
    private Runnable whenClosed = () -> { };

    SseConnection(ResponseBodyEmitter emitter, int queueSize, Executor writers, LiveMetrics metrics, long lastEventId) {
        this.emitter = emitter;
        this.metrics = metrics;
        this.lastSent = lastEventId;
        this.sender = new BoundedSender<>(queueSize, writers, this::write, this::dropSlow, this::close);
        emitter.onCompletion(this::close);
        emitter.onTimeout(this::close);
        emitter.onError(e -> close());
        metrics.opened("sse");
    }

    /** Runs once when the stream ends, however it ends (the emitter keeps one callback of each kind: this one). */
    void whenClosed(Runnable action) {
        this.whenClosed = action;
    }

    ResponseBodyEmitter emitter() {
        return emitter;
    }

    void subscribe(EventBus bus, String stream) {
        subscription = bus.subscribe(stream, this::onLive);
    }

    void startHeartbeat(ScheduledExecutorService scheduler, java.time.Duration every) {
        heartbeat = scheduler.scheduleAtFixedRate(() -> comment("heartbeat"), every.toMillis(),
                every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends rows read from the database (ordered by sequence number), then what arrived meanwhile. */
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

    void comment(String text) {
        sender.offer(": " + text + "\n\n");
    }

    void sendDone(String json) {
        sender.offer(DONE_PREFIX + "data: " + json + "\n\n");
    }

    private void onLive(LiveEvent event) {
        synchronized (this) {
            if (replaying) {
                pending.add(event);
                return;
            }
        }
        deliver(event);
    }

    private synchronized void deliver(LiveEvent event) {
        if ("done".equals(event.type())) {
            sendDone(event.json());
            return;
        }
        if (event.id() != null) {
            if (event.id() <= lastSent) {
                return;
            }
            lastSent = event.id();
            sender.offer("id: " + event.id() + "\ndata: " + event.json() + "\n\n");
        } else {
            sender.offer("data: " + event.json() + "\n\n");
        }
    }

    private void write(String frame) throws IOException {
        emitter.send(frame, TEXT);
        if (frame.startsWith(DONE_PREFIX)) {
            emitter.complete();
        }
    }

    private void dropSlow() {
        metrics.dropped("sse");
        emitter.complete();
    }

    /** Ends the stream from the server side (the app is stopping). */
    void end() {
        close();
        emitter.complete();
    }

    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        sender.close();
        if (subscription != null) {
            subscription.close();
        }
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        metrics.closed("sse");
        whenClosed.run();
    }
}
