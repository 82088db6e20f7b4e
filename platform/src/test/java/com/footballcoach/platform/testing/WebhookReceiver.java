package com.footballcoach.platform.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real local HTTP server standing in for a club's webhook endpoint: it records every request
 * and answers with the scripted statuses (then 204), optionally after a delay. {@link #verify}
 * checks a signature as a receiver following the Standard Webhooks specification would.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received (header names in lower case). */
    public record Received(Map<String, String> headers, String body, Instant at) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private volatile int defaultStatus = 204;
    private volatile Duration delay = Duration.ZERO;

    private WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream().collect(Collectors.toMap(
                    e -> e.getKey().toLowerCase(Locale.ROOT), e -> String.join(",", e.getValue()), (a, b) -> a));
            received.add(new Received(headers, body, Instant.now()));
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Integer scripted = statuses.poll();
            exchange.sendResponseHeaders(scripted == null ? defaultStatus : scripted, -1);
            exchange.close();
        });
        server.start();
    }

    public static WebhookReceiver start() {
        return new WebhookReceiver();
    }

    /** The URL to register: http://127.0.0.1:port/hook. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next answers, in order; afterwards the default status. */
    public WebhookReceiver respond(int... next) {
        for (int status : next) {
            statuses.add(status);
        }
        return this;
    }

    /** The answer once the script is used up (204 unless changed). */
    public WebhookReceiver otherwise(int status) {
        defaultStatus = status;
        return this;
    }

    /** Every answer waits this long first. */
    public WebhookReceiver delay(Duration wait) {
        delay = wait;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /**
     * Whether the request carries a valid {@code webhook-signature} for the secret: one of its
     * space-separated {@code v1,<base64>} entries equals the HMAC-SHA256 of
     * {@code "{webhook-id}.{webhook-timestamp}.{body}"} keyed by the base64-decoded secret after
     * {@code whsec_}.
     */
    public static boolean verify(String secret, Received request) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String signed = request.header("webhook-id") + "." + request.header("webhook-timestamp") + "."
                    + request.body();
            byte[] expected = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
            for (String entry : request.header("webhook-signature").split(" ")) {
                if (entry.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(entry.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
