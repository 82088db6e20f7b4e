package com.footballcoach.product.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.live.EventBus;
import com.footballcoach.platform.live.LiveEvent;
import com.footballcoach.platform.live.LiveStreams;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.product.ProductApiTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Backpressure over real sockets: a client that stops reading is dropped once its small queue is
 * full, while a client that keeps up receives every alert.
 */
@ProductApiTest
@TestPropertySource(properties = "coach.live.queue-size=4")
class SlowClientIT {

    private static final int ALERTS = 120;

    @LocalServerPort
    int port;

    @Autowired
    EventBus bus;

    @Autowired
    MeterRegistry metrics;

    @Test
    void dropsAClientThatStopsReadingWhileAFastOneGetsEveryAlert() throws Exception {
        TestAccounts.Club club = TestAccounts.newClub();
        String match = TestAccounts.newMatch(club);
        String token = new HttpApi(port).login(club.coachEmail(), TestAccounts.PASSWORD);
        URI uri = URI.create("ws://127.0.0.1:" + port + "/ws/alerts/" + match);
        AtomicInteger fastReceived = new AtomicInteger();
        WebSocket fast = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("bearer", token)
                .buildAsync(uri, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        if (last) {
                            fastReceived.incrementAndGet();
                        }
                        socket.request(1);
                        return null;
                    }
                }).join();
        // reads nothing at all: its socket buffers fill, then the server-side queue
        WebSocket slow = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("bearer", token)
                .buildAsync(uri, new WebSocket.Listener() {
                    @Override
                    public void onOpen(WebSocket socket) {
                        // no request(): no demand, nothing is read
                    }
                }).join();
        double droppedBefore = dropped();
        String payload = "{\"alert_id\":\"%s\",\"padding\":\"" + "x".repeat(256 * 1024) + "\"}";

        for (int i = 0; i < ALERTS; i++) {
            int sent = i;
            bus.publish(new LiveEvent(LiveStreams.alerts(match), 1_000_000L + i, "alert", payload.formatted("A-" + i)));
            Awaitility.await().pollInterval(Duration.ofMillis(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> fastReceived.get() > sent);
        }

        assertThat(fastReceived.get()).isEqualTo(ALERTS);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> dropped() > droppedBefore);
        fast.abort();
        slow.abort();
    }

    private double dropped() {
        var counter = metrics.find("coach.live.dropped").tag("channel", "websocket").counter();
        return counter == null ? 0 : counter.count();
    }
}
