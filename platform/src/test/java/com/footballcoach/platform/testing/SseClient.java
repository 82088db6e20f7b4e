package com.footballcoach.platform.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A real SSE client over a socket, reading the stream line by line as the existing app does
 * ({@code data: } lines, {@code event: done}), for end-to-end tests.
 */
public final class SseClient implements AutoCloseable {

    /** One received event: its id (or null), event name (or null) and data line text. */
    public record Event(@Nullable String id, @Nullable String event, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile boolean ended;

    private SseClient(CompletableFuture<HttpResponse<Stream<String>>> response) {
        this.response = response;
    }

    public static SseClient connect(int port, String path, @Nullable String token, @Nullable String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/event-stream").header("Cache-Control", "no-cache").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        SseClient sse = new SseClient(client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()));
        // read on a thread of its own: never on a caller that happens to complete the future
        Thread reader = new Thread(() -> {
            try {
                sse.read(sse.response.join());
            } catch (RuntimeException e) {
                sse.ended = true;
            }
        }, "sse-client");
        reader.setDaemon(true);
        reader.start();
        return sse;
    }

    private void read(HttpResponse<Stream<String>> response) {
        String id = null;
        String event = null;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    events.add(new Event(id, event, line.substring(6)));
                } else if (line.isEmpty()) {
                    id = null;
                    event = null;
                }
            }
        } catch (RuntimeException e) {
            // connection closed
        } finally {
            ended = true;
        }
    }

    /** Waits for the response headers and returns the status. */
    public int status() throws Exception {
        return response.get(10, TimeUnit.SECONDS).statusCode();
    }

    public @Nullable String contentType() throws Exception {
        return response.get(10, TimeUnit.SECONDS).headers().firstValue("Content-Type").orElse(null);
    }

    /** The next event, or null after the timeout. */
    public @Nullable Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits for {@code count} events (fails the caller with fewer). */
    public List<Event> take(int count, Duration timeout) throws InterruptedException {
        List<Event> taken = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (taken.size() < count) {
            Event event = events.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (event == null) {
                break;
            }
            taken.add(event);
        }
        return taken;
    }

    public boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        response.cancel(true);
        response.thenAccept(r -> r.body().close());
    }
}
