package com.footballcoach.platform.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * missed from the database, then live events — each stored row exactly once, in order. A live
 * event arrives already framed ({@link Frame#of}, once for all the clients of its stream).
 */
final class SseConnection {

    private static final MediaType EVENT_STREAM = new MediaType("text", "event-stream", StandardCharsets.UTF_8);

    /** The bytes of one SSE message; {@code last} ends the stream once written. */
    record Frame(byte[] bytes, boolean last) {

        /** The frame of an event: {@code id:} for stored rows, {@code event: done} for the end of a run. */
        static Frame of(LiveEvent event) {
            if ("done".equals(event.type())) {
                return done(event.json());
            }
            String text = event.id() == null
                    ? "data: " + event.json() + "\n\n"
                    : "id: " + event.id() + "\ndata: " + event.json() + "\n\n";
            return new Frame(text.getBytes(StandardCharsets.UTF_8), false);
        }

        static Frame done(String json) {
            return new Frame(("event: done\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8), true);
        }

        static Frame comment(String text) {
            return new Frame((": " + text + "\n\n").getBytes(StandardCharsets.UTF_8), false);
        }
    }

    private final ResponseBodyEmitter emitter;
    private final BoundedSender<Frame> sender;
    private final LiveMetrics metrics;
    private final List<Arrived> pending = new ArrayList<>();
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

    void subscribe(LiveFanout<Frame> streams, String stream) {
        subscription = streams.join(stream, this::onLive);
    }

    void startHeartbeat(ScheduledExecutorService scheduler, java.time.Duration every) {
        heartbeat = scheduler.scheduleAtFixedRate(() -> comment("heartbeat"), every.toMillis(),
                every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends rows read from the database (ordered by sequence number), then what arrived meanwhile. */
    synchronized void replay(List<LiveEvent> stored) {
        stored.forEach(event -> deliver(event, Frame.of(event)));
        pending.forEach(arrived -> deliver(arrived.event(), arrived.frame()));
        pending.clear();
        replaying = false;
    }

    void comment(String text) {
        sender.offer(Frame.comment(text));
    }

    void sendDone(String json) {
        sender.offer(Frame.done(json));
    }

    private synchronized void onLive(LiveEvent event, Frame frame) {
        if (replaying) {
            pending.add(new Arrived(event, frame));
            return;
        }
        deliver(event, frame);
    }

    private void deliver(LiveEvent event, Frame frame) {
        if (event.id() != null && !frame.last()) {
            if (event.id() <= lastSent) {
                return;
            }
            lastSent = event.id();
        }
        sender.offer(frame);
    }

    private void write(Frame frame) throws IOException {
        emitter.send(frame.bytes(), EVENT_STREAM);
        if (frame.last()) {
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

    /** A live event that arrived during the replay. */
    private record Arrived(LiveEvent event, Frame frame) {
    }
}
