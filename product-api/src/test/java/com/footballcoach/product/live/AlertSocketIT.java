package com.footballcoach.product.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.footballcoach.platform.live.EventBus;
import com.footballcoach.platform.live.LiveEvent;
import com.footballcoach.platform.live.LivePublisher;
import com.footballcoach.platform.live.LiveStreams;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.LiveFixtures;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.product.ProductApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ProductApiTest
class AlertSocketIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    LivePublisher publisher;

    @Autowired
    EventBus bus;

    TestAccounts.Club club;
    String matchId;
    String token;

    @BeforeEach
    void setUp() {
        club = TestAccounts.newClub();
        matchId = TestAccounts.newMatch(club);
        token = new HttpApi(port).login(club.coachEmail(), TestAccounts.PASSWORD);
        LiveFixtures.newAlert(matchId, "A-0002", 200, 0.7);
        LiveFixtures.newAlert(matchId, "A-0001", 95, 0.5);
    }

    @Test
    void sendsTheHistoryInMatchTimeOrderThenLiveAlertsInTheShapeTheAppParses() throws Exception {
        Frames frames = new Frames();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("bearer", token)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/alerts/" + matchId), frames).join();

        List<JsonNode> history = frames.take(2);
        LiveFixtures.newAlert(matchId, "A-0003", 300, 0.9);
        publisher.alertStored(matchId, "A-0003");
        List<JsonNode> live = frames.take(1);

        assertThat(socket.getSubprotocol()).isEqualTo("bearer");
        assertThat(history).extracting(a -> a.get("alert_id").asString()).containsExactly("A-0001", "A-0002");
        JsonNode alert = history.get(0);
        for (String field : List.of("timestamp", "severity_label", "category", "decision_type", "status", "action")) {
            assertThat(alert.get(field).isString()).as(field).isTrue();
        }
        assertThat(alert.get("review_countdown").isNumber()).isTrue();
        assertThat(alert.get("category_trigger_count").isNumber()).isTrue();
        assertThat(alert.get("decision_effective").isNull()).isTrue();
        assertThat(alert.get("feedback").asString()).isEqualTo("none");
        assertThat(live).extracting(a -> a.get("alert_id").asString()).containsExactly("A-0003");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    @Test
    void deliversEveryLiveAlertOnceAndInOrderToEveryConnection() throws Exception {
        int sockets = 20;
        int alerts = 100;
        List<Frames> clients = new java.util.ArrayList<>();
        List<WebSocket> open = new java.util.ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < sockets; i++) {
            Frames frames = new Frames();
            open.add(http.newWebSocketBuilder().subprotocols("bearer", token)
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/alerts/" + matchId), frames).join());
            clients.add(frames);
        }
        for (Frames frames : clients) {
            assertThat(frames.take(2)).as("history").hasSize(2);
        }

        for (int i = 0; i < alerts; i++) {
            bus.publish(new LiveEvent(LiveStreams.alerts(matchId), 1_000_000L + i, "alert",
                    "{\"alert_id\":\"L-" + i + "\"}"));
        }

        List<String> expected = java.util.stream.IntStream.range(0, alerts).mapToObj(i -> "L-" + i).toList();
        for (Frames frames : clients) {
            assertThat(frames.take(alerts)).extracting(a -> a.get("alert_id").asString()).isEqualTo(expected);
        }
        open.forEach(WebSocket::abort);
    }

    @Test
    void ignoresWhatAClientSendsAndClosesWith1009AMessageOverTheInboundLimit() throws Exception {
        Frames frames = new Frames();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("bearer", token)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/alerts/" + matchId), frames).join();
        assertThat(frames.take(2)).as("history").hasSize(2);

        socket.sendText("x".repeat(AlertSocketConfiguration.MAX_INBOUND_MESSAGE), true).join();
        LiveFixtures.newAlert(matchId, "A-0003", 300, 0.9);
        publisher.alertStored(matchId, "A-0003");
        assertThat(frames.take(1)).extracting(a -> a.get("alert_id").asString()).containsExactly("A-0003");

        socket.sendText("x".repeat(AlertSocketConfiguration.MAX_INBOUND_MESSAGE + 1), true).join();
        assertThat(frames.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1009);
    }

    @Test
    void acceptsTheTokenInTheAuthorizationHeaderOrTheQuery() throws Exception {
        Frames byHeader = new Frames();
        Frames byQuery = new Frames();
        HttpClient.newHttpClient().newWebSocketBuilder().header("Authorization", "Bearer " + token)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/alerts/" + matchId), byHeader).join();
        HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/alerts/" + matchId + "?access_token=" + token),
                        byQuery).join();

        assertThat(byHeader.take(2)).hasSize(2);
        assertThat(byQuery.take(2)).hasSize(2);
    }

    @Test
    void refusesAnonymousForgedAndForeignSubscriptions() {
        TestAccounts.Club other = TestAccounts.newClub();
        String foreign = new HttpApi(port).login(other.coachEmail(), TestAccounts.PASSWORD);

        assertThat(handshakeStatus(null)).isEqualTo(401);
        assertThat(handshakeStatus(token.substring(0, token.length() - 5) + "xxxxx")).isEqualTo(401);
        assertThat(handshakeStatus(foreign)).isEqualTo(404);
    }

    private int handshakeStatus(String bearer) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (bearer != null) {
            builder.subprotocols("bearer", bearer);
        }
        Throwable failure = catchThrowable(() -> builder.buildAsync(
                URI.create("ws://127.0.0.1:" + port + "/ws/alerts/" + matchId), new Frames()).join());
        assertThat(failure).isInstanceOf(CompletionException.class).hasCauseInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) failure.getCause()).getResponse().statusCode();
    }

    /** Collects text frames, one alert each. */
    static final class Frames implements WebSocket.Listener {

        private final LinkedBlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        /** The status code of the server's close frame. */
        final CompletableFuture<Integer> closed = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        List<JsonNode> take(int count) throws InterruptedException {
            List<JsonNode> frames = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (frames.size() < count) {
                JsonNode frame = received.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000),
                        TimeUnit.MILLISECONDS);
                if (frame == null) {
                    break;
                }
                frames.add(frame);
            }
            return frames;
        }
    }
}
