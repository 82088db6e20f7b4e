// Football Coach benchmark client: videos for uploads, and WebSocket / SSE fan-out latency.
// Run with the JDK's source launcher (no build, nothing added to the reactor):
//
//   java -cp engine-simulator/target/classes bench/client/Bench.java video OUT.mp4 SECONDS
//   java -cp engine-simulator/target/classes bench/client/Bench.java bigvideo OUT.mp4 BYTES
//   java -cp engine-simulator/target/classes bench/client/Bench.java fanout ws|sse CLIENTS TOKEN [VIDEO_SECONDS]
//   java -cp engine-simulator/target/classes bench/client/Bench.java ingest TOKEN VIDEO_SECONDS
//
// ingest uploads a VIDEO_SECONDS video under a fresh match key, waits for the run to end, and counts
// what was persisted: segments (GET /api/analysis/{id}/segments) and alerts (the history a WebSocket
// client receives on connect), over started_at..completed_at of /api/analysis_status/{id} (DB clock).
//
// fanout prints one JSON object on stdout (progress goes to stderr). First, unless BENCH_FANOUT_WARMUP_S=0,
// the whole method below runs once as a warm-up (a video of BENCH_FANOUT_WARMUP_S, 900) on its own key
// and connections, and is not reported: both JVMs then run the fan-out path compiled. Method:
//  1. upload a 2 s video without match_id (frame_limit=1): the platform generates a fresh match key K;
//     wait for that run to end;
//  2. open CLIENTS connections: ws://PRODUCT/ws/alerts/K (token as subprotocol "bearer, <token>")
//     or GET ANALYSIS/api/matches/K/segments/stream (SSE, Bearer header); wait until all are open
//     and their replay is over (2 s of silence);
//  3. upload a VIDEO_SECONDS video with match_id=K: the simulator streams segments and ALERTs into
//     the platform, which stores each row and fans it out to every client;
//  4. per message received after the trigger: latency = receipt time (client wall clock, microseconds)
//     minus the row's created_at (DB clock, DATETIME(6), same machine: the time of the INSERT, so the
//     figure covers commit, re-read, JSON, bus and socket write). Only rows created after the trigger
//     count (an alert id reused from step 1 keeps its old created_at). If the DB clock is in another
//     time zone, the whole-quarter-hour offset is detected from the median and removed (reported).
//     Also: first receipt = the first client's receipt of a message minus its created_at (the pipeline
//     up to the first socket write), and spread = receipt minus the first receipt of the same message
//     by any client (the fan-out itself).
//  The client shares the cores with the platform, so it does as little as it can per message: the
//  connections' callbacks run on their HttpClient's selector thread (no hand-off to a pool thread
//  before the timestamp), the timestamp is taken first, two fields are cut out with indexOf, and
//  created_at is parsed after the run. BENCH_CLIENT_SELECTORS (the number of CPUs) spreads the connections over that
//  many HttpClients (selector threads); BENCH_CLIENT_EXECUTOR=pool restores the HttpClient's default
//  executor (the client of the first bench/run results, which also parsed every message with regexes).
// Env: PRODUCT_URL (http://127.0.0.1:8000), ANALYSIS_URL (http://127.0.0.1:8001).

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Bench {

    static final String PRODUCT = env("PRODUCT_URL", "http://127.0.0.1:8000");
    static final String ANALYSIS = env("ANALYSIS_URL", "http://127.0.0.1:8001");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "video" -> video(Path.of(args[1]), Long.parseLong(args[2]));
            case "bigvideo" -> bigVideo(Path.of(args[1]), Long.parseLong(args[2]));
            case "fanout" -> {
                // warm-up: the same fan-out on its own fresh match key and connections, not reported, so
                // that both JVMs run the fan-out path compiled (a fresh client JVM otherwise spends the
                // first alerts in the JIT). Its own key: the simulator numbers alerts per run (A-0001...),
                // so a second run on the same key would only update the alerts of the first.
                int warmupSeconds = Integer.parseInt(env("BENCH_FANOUT_WARMUP_S", "900"));
                if (warmupSeconds > 0) {
                    log("warm-up: a " + warmupSeconds + " s video to " + args[2] + " connections of another key, not reported");
                    new Fanout(args[1], Integer.parseInt(args[2]), args[3], warmupSeconds).run();
                }
                System.out.println(new Fanout(args[1], Integer.parseInt(args[2]), args[3],
                        args.length > 4 ? Integer.parseInt(args[4]) : 900).run());
            }
            case "ingest" -> System.out.println(ingest(args[1], Integer.parseInt(args[2])));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
        System.exit(0);
    }

    static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    static void log(String s) {
        System.err.println("bench-client: " + s);
    }

    /** A valid MP4 (ftyp, moov with the duration, small mdat) from the simulator's own sample writer. */
    static void video(Path out, long seconds) throws Exception {
        Class<?> samples = Class.forName("com.footballcoach.simulator.media.SampleVideos");
        samples.getMethod("writeMp4", Path.class, Duration.class).invoke(null, out, Duration.ofSeconds(seconds));
    }

    /** A 10 s MP4 padded to {@code bytes} with a top-level free box (sparse on disk; the server only sniffs ftyp). */
    static void bigVideo(Path out, long bytes) throws Exception {
        video(out, 10);
        long base = Files.size(out);
        long pad = bytes - base;
        if (pad < 8 || pad > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("size out of range for a 32-bit free box: " + bytes);
        }
        try (RandomAccessFile file = new RandomAccessFile(out.toFile(), "rw")) {
            file.seek(base);
            file.writeInt((int) pad);
            file.write("free".getBytes(StandardCharsets.US_ASCII));
            file.setLength(bytes);
        }
    }

    // ---------------------------------------------------------------- uploads and status

    static final Pattern STR = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([^\"]*)\"");

    static String field(String json, String name) {
        Matcher m = STR.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        return null;
    }

    static final Pattern NUM = Pattern.compile("\"(\\w+)\"\\s*:\\s*(-?[0-9.]+)");

    static String number(String json, String name) {
        Matcher m = NUM.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        return null;
    }

    /** POST /api/analyze_match with a small generated video; returns the 202 body. */
    static String upload(String token, long seconds, String matchId, Integer frameLimit) throws Exception {
        Path file = Files.createTempFile("bench-", ".mp4");
        try {
            video(file, seconds);
            String boundary = "----bench" + UUID.randomUUID();
            var body = new java.io.ByteArrayOutputStream();
            if (matchId != null) {
                part(body, boundary, "match_id", matchId);
            }
            if (frameLimit != null) {
                part(body, boundary, "frame_limit", frameLimit.toString());
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.mp4\"\r\n"
                    + "Content-Type: video/mp4\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(file));
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ANALYSIS + "/api/analyze_match"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 202) {
                throw new IllegalStateException("upload: HTTP " + r.statusCode() + " " + r.body());
            }
            return r.body();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static void part(java.io.ByteArrayOutputStream body, String boundary, String name, String value) throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Polls /api/analysis_status/{id} until the run ends; returns the last body. */
    static String awaitRun(String token, String runId, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        String body = "";
        while (System.nanoTime() < end) {
            body = HTTP.send(HttpRequest.newBuilder(URI.create(ANALYSIS + "/api/analysis_status/" + runId))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
            String status = field(body, "status");
            if ("COMPLETED".equals(status) || "FAILED".equals(status) || "CANCELLED".equals(status)) {
                return body;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("run " + runId + " did not end within " + limit + ": " + body);
    }

    static String ingest(String token, int seconds) throws Exception {
        String accepted = upload(token, seconds, null, null);
        String runId = field(accepted, "analysis_id");
        String matchKey = field(accepted, "match_id");
        String status = awaitRun(token, runId, Duration.ofSeconds(600));
        String segments = HTTP.send(HttpRequest.newBuilder(URI.create(ANALYSIS + "/api/analysis/" + runId + "/segments"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
        String segmentCount = number(segments, "count");
        // alerts: the WebSocket history of the fresh match key
        AtomicInteger alerts = new AtomicInteger();
        AtomicLong last = new AtomicLong(System.nanoTime());
        WebSocket ws = HTTP.newWebSocketBuilder().subprotocols("bearer", token)
                .buildAsync(URI.create(PRODUCT.replaceFirst("^http", "ws") + "/ws/alerts/" + matchKey), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean lastPart) {
                        if (lastPart) {
                            alerts.incrementAndGet();
                            last.set(System.nanoTime());
                        }
                        w.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
        while (System.nanoTime() - last.get() < 2_000_000_000L) {
            Thread.sleep(100);
        }
        ws.abort();
        LocalDateTime started = LocalDateTime.parse(field(status, "started_at"));
        LocalDateTime completed = LocalDateTime.parse(field(status, "completed_at"));
        double runSeconds = Duration.between(started, completed).toNanos() / 1e9;
        int rows = Integer.parseInt(segmentCount) + alerts.get();
        return String.format(java.util.Locale.ROOT,
                "{\"benchmark\": \"ingest: simulator packets persisted\", \"run_id\": \"%s\", \"run_status\": \"%s\", "
                        + "\"video_seconds\": %d, \"segments\": %s, \"alerts\": %d, \"rows\": %d, "
                        + "\"started_at\": \"%s\", \"completed_at\": \"%s\", \"run_seconds\": %.3f, \"rows_per_s\": %.1f}",
                runId, field(status, "status"), seconds, segmentCount, alerts.get(), rows, started, completed, runSeconds,
                rows / runSeconds);
    }

    // ---------------------------------------------------------------- fan-out

    /** One message as received: its key and created_at are cut out at once, parsed after the run. */
    record Receipt(String key, long receivedMicros, String created) {
    }

    /** A received message after the run: created_at parsed. */
    record Delivery(String key, long receivedMicros, long createdMicros) {
    }

    static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }

    /** The string value of the first {@code "name":"…"} (compact JSON, as the platform writes it), or null. */
    static String cut(String json, String name) {
        String open = "\"" + name + "\":\"";
        int start = json.indexOf(open);
        if (start < 0) {
            return null;
        }
        start += open.length();
        int end = json.indexOf('"', start);
        return end < 0 ? null : json.substring(start, end);
    }

    /** The number of the first {@code "name":123}, as text, or null. */
    static String cutNumber(String json, String name) {
        String open = "\"" + name + "\":";
        int start = json.indexOf(open);
        if (start < 0) {
            return null;
        }
        start += open.length();
        int end = start;
        while (end < json.length() && (Character.isDigit(json.charAt(end)) || json.charAt(end) == '-' || json.charAt(end) == '.')) {
            end++;
        }
        return end == start ? null : json.substring(start, end);
    }

    static final class Fanout {
        final String mode;
        final int clients;
        final String token;
        final int videoSeconds;
        /**
         * The clients' HTTP clients. Each runs its callbacks on its own selector thread (a direct
         * executor): a message is timestamped where it is read, with no hand-off to a pool thread
         * in between, and the client does as little per message as it can (the 1,000 connections
         * share the platform's 2 cores). BENCH_CLIENT_SELECTORS spreads them over several.
         */
        final List<HttpClient> sockets = new ArrayList<>();
        /** The lean client (BENCH_CLIENT=wire, the default); null with the JDK's HttpClient. */
        final Wire wire;
        final ConcurrentLinkedQueue<Receipt> receipts = new ConcurrentLinkedQueue<>();
        final AtomicLong lastMessageNanos = new AtomicLong(System.nanoTime());
        final AtomicInteger open = new AtomicInteger();
        final AtomicInteger failedToOpen = new AtomicInteger();
        final AtomicInteger closedEarly = new AtomicInteger();
        final Map<Integer, String> closeReasons = new ConcurrentHashMap<>();
        volatile long triggerMicros = Long.MAX_VALUE;
        volatile boolean finished;
        final List<Runnable> closers = Collections.synchronizedList(new ArrayList<>());

        Fanout(String mode, int clients, String token, int videoSeconds) {
            this.mode = mode;
            this.clients = clients;
            this.token = token;
            this.videoSeconds = videoSeconds;
            int selectors = Integer.parseInt(env("BENCH_CLIENT_SELECTORS",
                    String.valueOf(Runtime.getRuntime().availableProcessors())));
            boolean direct = !"pool".equals(env("BENCH_CLIENT_EXECUTOR", "direct"));
            this.wire = "jdk".equals(env("BENCH_CLIENT", "wire")) ? null : new Wire(this, selectors);
            for (int i = 0; wire == null && i < selectors; i++) {
                HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30));
                if (direct) {
                    builder.executor(Runnable::run);
                }
                sockets.add(builder.build());
            }
        }

        HttpClient client(int connection) {
            return sockets.get(connection % sockets.size());
        }

        /** One message (a WS frame, or an SSE data line) received by a client at {@code now}: two fields cut out. */
        void onMessage(String text, long now) {
            lastMessageNanos.set(System.nanoTime());
            if (now < triggerMicros) {
                return; // history / replay before the trigger
            }
            String key;
            if (mode.equals("ws")) {
                key = cut(text, "alert_id");
            } else {
                String index = cutNumber(text, "segment_index");
                key = index == null ? null : cut(text, "analysis_id") + "#" + index;
            }
            String created = cut(text, "created_at");
            if (key == null || created == null) {
                return;
            }
            receipts.add(new Receipt(key, now, created));
        }

        String run() throws Exception {
            log(mode + " fan-out, " + clients + " clients: creating a fresh match key");
            String first = upload(token, 2, null, 1);
            String matchKey = field(first, "match_id");
            awaitRun(token, field(first, "analysis_id"), Duration.ofSeconds(60));

            long openStart = System.nanoTime();
            if (wire != null) {
                wire.open(matchKey, clients);
            } else {
                openJdk(matchKey);
            }
            double openSeconds = (System.nanoTime() - openStart) / 1e9;
            log(open.get() + " open in " + String.format("%.1f", openSeconds) + " s; waiting for replay to settle");
            while (System.nanoTime() - lastMessageNanos.get() < 2_000_000_000L) {
                Thread.sleep(200);
            }

            triggerMicros = micros(Instant.now());
            String second = upload(token, videoSeconds, matchKey, null);
            String runId = field(second, "analysis_id");
            log("triggered run " + runId + " on " + matchKey);
            String status = awaitRun(token, runId, Duration.ofSeconds(300));
            // let the last fan-out drain: 2 s without a message (at most 30 s)
            long drainStart = System.nanoTime();
            while (System.nanoTime() - lastMessageNanos.get() < 2_000_000_000L
                    && System.nanoTime() - drainStart < 30_000_000_000L) {
                Thread.sleep(200);
            }
            finished = true;
            int stillOpen = open.get() - closedEarly.get();
            closers.forEach(Runnable::run);
            return report(matchKey, runId, field(status, "status"), openSeconds, stillOpen);
        }

        /** Opens the connections with the JDK's HttpClient (BENCH_CLIENT=jdk). */
        void openJdk(String matchKey) throws InterruptedException {
            Semaphore handshakes = new Semaphore(64);
            List<CompletableFuture<?>> opened = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                handshakes.acquire();
                CompletableFuture<?> f = mode.equals("ws") ? openWs(matchKey, client(i)) : openSse(matchKey, client(i));
                f.whenComplete((ok, err) -> {
                    handshakes.release();
                    if (err != null) {
                        failedToOpen.incrementAndGet();
                        if (failedToOpen.get() <= 3) {
                            log("open failed: " + err);
                        }
                    } else {
                        open.incrementAndGet();
                    }
                });
                opened.add(f);
            }
            try {
                CompletableFuture.allOf(opened.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            } catch (Exception e) {
                log("not every connection opened: " + e);
            }
        }

        CompletableFuture<?> openWs(String matchKey, HttpClient http) {
            String url = PRODUCT.replaceFirst("^http", "ws") + "/ws/alerts/" + matchKey;
            WebSocket.Listener listener = new WebSocket.Listener() {
                final StringBuilder partial = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    long now = micros(Instant.now());
                    if (last && partial.length() == 0) {
                        onMessage(data.toString(), now);
                    } else {
                        partial.append(data);
                        if (last) {
                            onMessage(partial.toString(), now);
                            partial.setLength(0);
                        }
                    }
                    ws.request(1);
                    return null;
                }

                @Override
                public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                    if (!finished) {
                        closedEarly.incrementAndGet();
                        closeReasons.merge(code, reason, (a, b) -> a);
                    }
                    return null;
                }

                @Override
                public void onError(WebSocket ws, Throwable error) {
                    if (!finished) {
                        closedEarly.incrementAndGet();
                        closeReasons.merge(-1, String.valueOf(error), (a, b) -> a);
                    }
                }
            };
            return http.newWebSocketBuilder().subprotocols("bearer", token).connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(URI.create(url), listener)
                    .thenApply(ws -> {
                        closers.add(() -> ws.abort());
                        return ws;
                    });
        }

        CompletableFuture<?> openSse(String matchKey, HttpClient http) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ANALYSIS + "/api/matches/" + matchKey + "/segments/stream"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
            CompletableFuture<Void> headers = new CompletableFuture<>();
            Flow.Subscriber<String> lines = new Flow.Subscriber<>() {
                Flow.Subscription subscription;

                @Override
                public void onSubscribe(Flow.Subscription s) {
                    subscription = s;
                    closers.add(s::cancel);
                    headers.complete(null);
                    s.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String line) {
                    if (line.startsWith("data:")) {
                        onMessage(line.substring(5).trim(), micros(Instant.now()));
                    }
                }

                @Override
                public void onError(Throwable t) {
                    headers.completeExceptionally(t);
                    if (!finished) {
                        closedEarly.incrementAndGet();
                        closeReasons.merge(-1, String.valueOf(t), (a, b) -> a);
                    }
                }

                @Override
                public void onComplete() {
                    if (!finished) {
                        closedEarly.incrementAndGet();
                        closeReasons.merge(0, "stream ended", (a, b) -> a);
                    }
                }
            };
            HttpResponse.BodyHandler<Void> handler = info -> {
                if (info.statusCode() != 200) {
                    headers.completeExceptionally(new IllegalStateException("SSE HTTP " + info.statusCode()));
                    return HttpResponse.BodySubscribers.replacing(null);
                }
                return HttpResponse.BodySubscribers.fromLineSubscriber(lines);
            };
            http.sendAsync(request, handler).whenComplete((r, e) -> {
                if (e != null) {
                    headers.completeExceptionally(e);
                }
            });
            return headers;
        }

        String report(String matchKey, String runId, String runStatus, double openSeconds, int stillOpen) {
            List<Delivery> all = new ArrayList<>();
            for (Receipt r : receipts) {
                all.add(new Delivery(r.key, r.receivedMicros, micros(LocalDateTime.parse(r.created).toInstant(ZoneOffset.UTC))));
            }
            // the DB clock's zone: remove a whole-quarter-hour offset if the median says so
            List<Long> raw = new ArrayList<>();
            for (Delivery r : all) {
                raw.add(r.receivedMicros - r.createdMicros);
            }
            Collections.sort(raw);
            long quarter = 15L * 60 * 1_000_000;
            long offset = raw.isEmpty() ? 0 : Math.round((double) raw.get(raw.size() / 2) / quarter) * quarter;
            Map<String, Long> firstReceipt = new ConcurrentHashMap<>();
            Map<String, Long> createdOf = new ConcurrentHashMap<>();
            Map<String, Integer> perKey = new ConcurrentHashMap<>();
            for (Delivery r : all) {
                firstReceipt.merge(r.key, r.receivedMicros, Math::min);
                createdOf.put(r.key, r.createdMicros + offset);
                perKey.merge(r.key, 1, Integer::sum);
            }
            List<Long> latency = new ArrayList<>();
            List<Long> spread = new ArrayList<>();
            for (Delivery r : all) {
                long created = r.createdMicros + offset;
                if (created >= triggerMicros - 1_000_000) {
                    latency.add(r.receivedMicros - created);
                }
                spread.add(r.receivedMicros - firstReceipt.get(r.key));
            }
            // per message: from the INSERT to the first client that received it (commit, re-read, JSON, bus, first write)
            List<Long> first = new ArrayList<>();
            firstReceipt.forEach((key, at) -> {
                long created = createdOf.get(key);
                if (created >= triggerMicros - 1_000_000) {
                    first.add(at - created);
                }
            });
            Collections.sort(latency);
            Collections.sort(spread);
            Collections.sort(first);
            long expected = (long) perKey.size() * clients;
            String what = mode.equals("ws") ? "alerts" : "segments";
            return "{\"benchmark\": \"" + (mode.equals("ws") ? "WebSocket alert" : "SSE segment") + " fan-out\", "
                    + "\"clients\": " + clients + ", \"connected\": " + open.get() + ", \"failed_to_connect\": " + failedToOpen.get()
                    + ", \"closed_early\": " + closedEarly.get() + ", \"close_reasons\": \"" + closeReasons.toString().replace("\"", "'") + "\""
                    + ", \"open_seconds\": " + String.format("%.2f", openSeconds)
                    + ", \"client\": \"" + sockets.size() + " HttpClient(s), "
                    + (env("BENCH_CLIENT_EXECUTOR", "direct").equals("pool") ? "default executor" : "callbacks on the selector thread") + "\""
                    + ", \"match_key\": \"" + matchKey + "\", \"run_id\": \"" + runId + "\", \"run_status\": \"" + runStatus + "\""
                    + ", \"video_seconds\": " + videoSeconds
                    + ", \"distinct_" + what + "\": " + perKey.size()
                    + ", \"deliveries\": " + all.size() + ", \"expected_deliveries\": " + expected
                    + ", \"missing_deliveries\": " + (expected - all.size())
                    + ", \"db_clock_offset_removed_s\": " + offset / 1_000_000
                    + ", \"latency_from_created_at_ms\": " + stats(latency)
                    + ", \"first_receipt_from_created_at_ms\": " + stats(first)
                    + ", \"spread_from_first_receipt_ms\": " + stats(spread) + "}";
        }

        static String stats(List<Long> sorted) {
            if (sorted.isEmpty()) {
                return "{\"n\": 0}";
            }
            return String.format(java.util.Locale.ROOT, "{\"n\": %d, \"p50\": %.2f, \"p99\": %.2f, \"max\": %.2f}",
                    sorted.size(), pct(sorted, 0.50), pct(sorted, 0.99), sorted.get(sorted.size() - 1) / 1000.0);
        }

        static double pct(List<Long> sorted, double p) {
            int i = (int) Math.ceil(p * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
        }
    }
    /**
     * A lean client of many connections (BENCH_CLIENT=wire, the default): the HTTP/1.1 upgrade or
     * request is written and its response headers read on a plain blocking socket, then every
     * socket is read by one selector thread (BENCH_CLIENT_SELECTORS of them), which takes the clock
     * once per read and parses WebSocket frames (answering pings) or chunked SSE lines itself. A
     * message's receipt time is the time of the read that completed it.
     */
    static final class Wire {

        final Fanout fanout;
        final int selectors;
        final List<Conn> conns = Collections.synchronizedList(new ArrayList<>());

        Wire(Fanout fanout, int selectors) {
            this.fanout = fanout;
            this.selectors = selectors;
        }

        void open(String matchKey, int clients) throws Exception {
            URI base = URI.create(fanout.mode.equals("ws") ? PRODUCT : ANALYSIS);
            String host = base.getHost();
            int port = base.getPort();
            java.util.concurrent.ExecutorService openers = java.util.concurrent.Executors.newFixedThreadPool(16);
            List<java.util.concurrent.Future<?>> opening = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                opening.add(openers.submit(() -> {
                    try {
                        conns.add(connect(host, port, matchKey));
                        fanout.open.incrementAndGet();
                    } catch (Exception e) {
                        if (fanout.failedToOpen.incrementAndGet() <= 3) {
                            log("open failed: " + e);
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : opening) {
                f.get(120, TimeUnit.SECONDS);
            }
            openers.shutdown();
            List<java.nio.channels.Selector> loops = new ArrayList<>();
            for (int i = 0; i < selectors; i++) {
                loops.add(java.nio.channels.Selector.open());
            }
            for (int i = 0; i < conns.size(); i++) {
                Conn conn = conns.get(i);
                conn.channel.configureBlocking(false);
                conn.channel.register(loops.get(i % selectors), java.nio.channels.SelectionKey.OP_READ, conn);
                fanout.closers.add(conn::close);
            }
            for (Conn conn : conns) {
                if (conn.early.length > 0) {
                    conn.received(ByteBuffer.wrap(conn.early), micros(Instant.now()));
                }
            }
            for (int i = 0; i < selectors; i++) {
                java.nio.channels.Selector selector = loops.get(i);
                Thread thread = new Thread(() -> loop(selector), "wire-" + i);
                thread.setDaemon(true);
                thread.start();
            }
        }

        Conn connect(String host, int port, String matchKey) throws IOException {
            java.nio.channels.SocketChannel channel = java.nio.channels.SocketChannel.open(
                    new java.net.InetSocketAddress(host, port));
            channel.socket().setTcpNoDelay(true);
            channel.socket().setSoTimeout(30_000);
            boolean ws = fanout.mode.equals("ws");
            String key = java.util.Base64.getEncoder().encodeToString(UUID.randomUUID().toString().substring(0, 16)
                    .getBytes(StandardCharsets.US_ASCII));
            String request = ws
                    ? "GET /ws/alerts/" + matchKey + " HTTP/1.1\r\nHost: " + host + ":" + port
                            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
                            + "\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: bearer, " + fanout.token + "\r\n\r\n"
                    : "GET /api/matches/" + matchKey + "/segments/stream HTTP/1.1\r\nHost: " + host + ":" + port
                            + "\r\nAuthorization: Bearer " + fanout.token + "\r\nAccept: text/event-stream\r\n\r\n";
            channel.socket().getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            // the response headers up to the blank line; bytes read past it are the first of the stream
            java.io.InputStream in = channel.socket().getInputStream();
            byte[] read = new byte[0];
            int end;
            while ((end = headEnd(read)) < 0) {
                byte[] more = new byte[4096];
                int n = in.read(more);
                if (n < 0) {
                    throw new IOException("connection closed during the handshake: " + new String(read, StandardCharsets.US_ASCII));
                }
                read = concat(read, java.util.Arrays.copyOf(more, n));
            }
            String head = new String(read, 0, end, StandardCharsets.US_ASCII);
            String status = head.substring(0, head.indexOf("\r\n"));
            if (!status.startsWith(ws ? "HTTP/1.1 101" : "HTTP/1.1 200")) {
                channel.close();
                throw new IOException(status);
            }
            boolean chunked = head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked");
            Conn conn = new Conn(channel, ws, chunked);
            conn.early = java.util.Arrays.copyOfRange(read, end, read.length);
            return conn;
        }

        void loop(java.nio.channels.Selector selector) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(256 * 1024);
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    selector.select();
                    for (java.nio.channels.SelectionKey key : selector.selectedKeys()) {
                        Conn conn = (Conn) key.attachment();
                        buffer.clear();
                        int read;
                        try {
                            read = conn.channel.read(buffer);
                        } catch (IOException e) {
                            read = -1;
                        }
                        long now = micros(Instant.now());
                        if (read < 0) {
                            key.cancel();
                            conn.ended(-1, "connection closed");
                            continue;
                        }
                        buffer.flip();
                        conn.received(buffer, now);
                    }
                    selector.selectedKeys().clear();
                }
            } catch (IOException e) {
                log("selector failed: " + e);
            }
        }

        /** One connection's parser: WebSocket frames, or the SSE lines of a chunked body. */
        final class Conn {
            final java.nio.channels.SocketChannel channel;
            final boolean ws;
            final boolean chunked;
            /** Bytes of an incomplete frame (WS) or of the current line (SSE). */
            byte[] pending = new byte[0];
            /** Bytes that came with the response headers, parsed on the loop's first turn. */
            byte[] early = new byte[0];
            java.io.ByteArrayOutputStream fragments = new java.io.ByteArrayOutputStream();
            long chunkLeft = -1; // SSE: bytes left in the current chunk; -1 = reading a size line
            final StringBuilder sizeLine = new StringBuilder();
            int skipCrlf;
            boolean done;

            Conn(java.nio.channels.SocketChannel channel, boolean ws, boolean chunked) {
                this.channel = channel;
                this.ws = ws;
                this.chunked = chunked;
            }

            void received(ByteBuffer buffer, long now) {
                if (ws) {
                    frames(buffer, now);
                } else if (chunked) {
                    chunks(buffer, now);
                } else {
                    lines(buffer, buffer.remaining(), now);
                }
            }

            void frames(ByteBuffer buffer, long now) {
                ByteBuffer in = buffer;
                if (pending.length > 0) {
                    in = ByteBuffer.allocate(pending.length + buffer.remaining());
                    in.put(pending).put(buffer).flip();
                    pending = new byte[0];
                }
                while (in.remaining() >= 2) {
                    int start = in.position();
                    int b0 = in.get() & 0xFF;
                    int b1 = in.get() & 0x7F;
                    long length = b1;
                    if (b1 == 126) {
                        if (in.remaining() < 2) {
                            in.position(start);
                            break;
                        }
                        length = in.getShort() & 0xFFFF;
                    } else if (b1 == 127) {
                        if (in.remaining() < 8) {
                            in.position(start);
                            break;
                        }
                        length = in.getLong();
                    }
                    if (in.remaining() < length) {
                        in.position(start);
                        break;
                    }
                    byte[] payload = new byte[(int) length];
                    in.get(payload);
                    int opcode = b0 & 0x0F;
                    boolean fin = (b0 & 0x80) != 0;
                    if (opcode == 1 || opcode == 0) {
                        if (fin && fragments.size() == 0) {
                            fanout.onMessage(new String(payload, StandardCharsets.UTF_8), now);
                        } else {
                            fragments.writeBytes(payload);
                            if (fin) {
                                fanout.onMessage(fragments.toString(StandardCharsets.UTF_8), now);
                                fragments.reset();
                            }
                        }
                    } else if (opcode == 9) {
                        pong(payload);
                    } else if (opcode == 8) {
                        int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
                        ended(code, payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "");
                    }
                }
                if (in.hasRemaining()) {
                    pending = new byte[in.remaining()];
                    in.get(pending);
                }
            }

            void pong(byte[] payload) {
                ByteBuffer frame = ByteBuffer.allocate(6 + payload.length);
                frame.put((byte) 0x8A).put((byte) (0x80 | payload.length)).putInt(0); // masked with a zero key
                frame.put(payload).flip();
                try {
                    channel.write(frame);
                } catch (IOException e) {
                    // the read side will see the close
                }
            }

            void chunks(ByteBuffer buffer, long now) {
                while (buffer.hasRemaining()) {
                    if (skipCrlf > 0) {
                        buffer.get();
                        skipCrlf--;
                    } else if (chunkLeft < 0) {
                        char c = (char) buffer.get();
                        if (c == '\n') {
                            String size = sizeLine.toString().trim();
                            sizeLine.setLength(0);
                            if (!size.isEmpty()) {
                                chunkLeft = Long.parseLong(size.split(";")[0], 16);
                                if (chunkLeft == 0) {
                                    ended(0, "stream ended");
                                    return;
                                }
                            }
                        } else {
                            sizeLine.append(c);
                        }
                    } else {
                        int n = (int) Math.min(chunkLeft, buffer.remaining());
                        lines(buffer, n, now);
                        chunkLeft -= n;
                        if (chunkLeft == 0) {
                            chunkLeft = -1;
                            skipCrlf = 2;
                        }
                    }
                }
            }

            /** SSE lines in the next {@code n} bytes: a complete {@code data:} line is one message. */
            void lines(ByteBuffer buffer, int n, long now) {
                int end = buffer.position() + n;
                while (buffer.position() < end) {
                    int from = buffer.position();
                    int newline = -1;
                    for (int i = from; i < end; i++) {
                        if (buffer.get(i) == '\n') {
                            newline = i;
                            break;
                        }
                    }
                    int to = newline < 0 ? end : newline;
                    byte[] part = new byte[to - from];
                    buffer.get(part);
                    if (newline < 0) {
                        pending = concat(pending, part);
                        break;
                    }
                    buffer.get(); // the newline
                    byte[] line = pending.length == 0 ? part : concat(pending, part);
                    pending = new byte[0];
                    if (line.length > 5 && line[0] == 'd' && line[1] == 'a' && line[2] == 't' && line[3] == 'a' && line[4] == ':') {
                        fanout.onMessage(new String(line, 5, line.length - 5, StandardCharsets.UTF_8).trim(), now);
                    }
                }
            }

            void ended(int code, String reason) {
                if (done) {
                    return;
                }
                done = true;
                if (!fanout.finished) {
                    fanout.closedEarly.incrementAndGet();
                    fanout.closeReasons.merge(code, reason, (a, b) -> a);
                }
            }

            void close() {
                done = true;
                try {
                    channel.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }

        /** The index just past the blank line that ends HTTP headers, or -1. */
        static int headEnd(byte[] bytes) {
            for (int i = 3; i < bytes.length; i++) {
                if (bytes[i - 3] == '\r' && bytes[i - 2] == '\n' && bytes[i - 1] == '\r' && bytes[i] == '\n') {
                    return i + 1;
                }
            }
            return -1;
        }

        static byte[] concat(byte[] a, byte[] b) {
            byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        }
    }
}
