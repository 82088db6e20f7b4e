package com.footballcoach.platform.live;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SSE segment streams of both apps. A client that reconnects with {@code Last-Event-ID}
 * (header, or {@code last_event_id} query parameter) gets what it missed from the database, then
 * the live events; a run's stream ends with {@code event: done}.
 */
@RestController
@Tag(name = "Live")
class SegmentStreamController {

    private static final MediaType EVENT_STREAM = new MediaType("text", "event-stream", java.nio.charset.StandardCharsets.UTF_8);
    private static final List<String> TERMINAL = List.of("COMPLETED", "FAILED", "CANCELLED");

    /** Each live event is framed once for all the streams' clients. */
    private final LiveFanout<SseConnection.Frame> streams;
    private final SegmentFeed segments;
    private final ClubScope scope;
    private final LiveSettings settings;
    private final ExecutorService writers;
    private final ScheduledExecutorService heartbeats;
    private final LiveMetrics metrics;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final LivePublisher publisher;
    private final java.util.Set<SseConnection> open = java.util.concurrent.ConcurrentHashMap.newKeySet();

    SegmentStreamController(EventBus bus, SegmentFeed segments, ClubScope scope, LiveSettings settings,
            ExecutorService liveWriters, ScheduledExecutorService liveHeartbeats, LiveMetrics metrics, JdbcClient jdbc,
            JsonMapper json, LivePublisher publisher) {
        this.streams = new LiveFanout<>(bus, SseConnection.Frame::of);
        this.segments = segments;
        this.scope = scope;
        this.settings = settings;
        this.writers = liveWriters;
        this.heartbeats = liveHeartbeats;
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.json = json;
        this.publisher = publisher;
    }

    @Operation(summary = "SSE: the segments and progress of one analysis run, then event: done")
    @GetMapping(path = "/api/analysis/{analysis_id}/segments/stream")
    ResponseEntity<ResponseBodyEmitter> runStream(@AuthenticationPrincipal CurrentUser user,
            @PathVariable("analysis_id") String runId,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventHeader,
            @RequestParam(name = "last_event_id", required = false) @Nullable String lastEventParam) {
        scope.requireRun(user, runId);
        long after = lastEventId(lastEventHeader, lastEventParam);
        SseConnection connection = open(LiveStreams.runSegments(runId), after);
        connection.replay(segments.ofRunAfter(runId, after).stream().map(this::stored).toList());
        runStatus(runId).filter(TERMINAL::contains).ifPresent(status -> connection.sendDone(publisher.done(status)));
        return respond(connection);
    }

    @Operation(summary = "SSE: the segments of every analysis run of a match, as they are stored")
    @GetMapping(path = "/api/matches/{match_id}/segments/stream")
    ResponseEntity<ResponseBodyEmitter> matchStream(@AuthenticationPrincipal CurrentUser user,
            @PathVariable("match_id") String matchKey,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventHeader,
            @RequestParam(name = "last_event_id", required = false) @Nullable String lastEventParam) {
        scope.requireMatchKey(user, matchKey);
        long after = lastEventId(lastEventHeader, lastEventParam);
        SseConnection connection = open(LiveStreams.matchSegments(matchKey), after);
        connection.replay(segments.ofMatchAfter(matchKey, after).stream().map(this::stored).toList());
        return respond(connection);
    }

    /** Ends every open stream when the app stops, so a graceful shutdown need not wait for them. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        open.forEach(SseConnection::end);
    }

    private SseConnection open(String stream, long after) {
        ResponseBodyEmitter emitter = new ResponseBodyEmitter(0L);
        SseConnection connection = new SseConnection(emitter, settings.queueSize(), writers, metrics, after);
        open.add(connection);
        connection.whenClosed(() -> open.remove(connection));
        // a first comment commits the response headers at once, even before any event exists
        connection.comment("connected");
        connection.subscribe(streams, stream);
        connection.startHeartbeat(heartbeats, settings.heartbeat());
        return connection;
    }

    private static ResponseEntity<ResponseBodyEmitter> respond(SseConnection connection) {
        return ResponseEntity.ok()
                .contentType(EVENT_STREAM)
                .cacheControl(CacheControl.noCache())
                .header("X-Accel-Buffering", "no")
                .body(connection.emitter());
    }

    private LiveEvent stored(tools.jackson.databind.node.ObjectNode segment) {
        return new LiveEvent("replay", segment.get("seq").asLong(), "segment", json.writeValueAsString(segment));
    }

    private Optional<String> runStatus(String runId) {
        return jdbc.sql("SELECT status FROM analysis_runs WHERE id = :id").param("id", runId).query(String.class)
                .optional();
    }

    private static long lastEventId(@Nullable String header, @Nullable String param) {
        String value = header != null && !header.isBlank() ? header : param;
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
