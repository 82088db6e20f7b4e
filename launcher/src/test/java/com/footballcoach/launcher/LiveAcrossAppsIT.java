package com.footballcoach.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.alerts.AlertIngest;
import com.footballcoach.platform.alerts.AlertReport;
import com.footballcoach.platform.testing.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** In one JVM (./coach up) an alert ingested by the analysis API reaches the product API's WebSocket clients. */
class LiveAcrossAppsIT {

    @Test
    void anAlertIngestedOnTheAnalysisApiReachesAWebSocketClientOfTheProductApi() throws Exception {
        RunningPlatform platform = RunningPlatform.get();
        TestAccounts.Club club = TestAccounts.in(platform.database, TestAccounts::newClub);
        String match = TestAccounts.in(platform.database, () -> TestAccounts.newMatch(club));
        String token = platform.product.login(club.coachEmail(), TestAccounts.PASSWORD);
        LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("bearer", token)
                .buildAsync(URI.create("ws://127.0.0.1:" + platform.productPort() + "/ws/alerts/" + match),
                        new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                                frames.add(data.toString());
                                ws.request(1);
                                return null;
                            }
                        }).join();

        platform.platform.analysis().getBean(AlertIngest.class).ingest(match, null, new AlertReport("A-0042", "12:30",
                0.8, "HIGH", "PRESSING", "PRESSING_ADJUSTMENT", "ACTIVE", "Press higher", 30, 1,
                "{\"trigger_metric\": \"pressing_intensity < 0.35\"}"));

        String frame = frames.poll(10, TimeUnit.SECONDS);
        assertThat(frame).isNotNull();
        JsonNode alert = JsonMapper.builder().build().readTree(frame);
        assertThat(alert.get("alert_id").asString()).isEqualTo("A-0042");
        assertThat(alert.get("match_time").asDouble()).isEqualTo(750.0);
        socket.abort();
    }
}
