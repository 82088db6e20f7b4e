package com.footballcoach.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.LiveFixtures;
import com.footballcoach.platform.testing.PlatformTest;
import com.footballcoach.platform.testing.SseClient;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.platform.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PlatformTest
class LiveStreamsIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    LivePublisher publisher;

    TestAccounts.Club club;
    String token;
    String matchKey;
    String run;

    @BeforeEach
    void setUp() {
        club = TestAccounts.newClub();
        token = TestTokens.of(club.analystEmail());
        matchKey = UUID.randomUUID().toString();
        run = LiveFixtures.newRun(club, matchKey, "PROCESSING");
    }

    @Test
    void streamsStoredThenLiveSegmentsFramedAsTheAppParsesThemAndEndsWithDone() throws Exception {
        LiveFixtures.newSegment(run, matchKey, 0, 0.4);
        try (SseClient sse = SseClient.connect(port, "/api/analysis/" + run + "/segments/stream", token, null)) {
            assertThat(sse.status()).isEqualTo(200);
            assertThat(sse.contentType()).startsWith("text/event-stream");
            SseClient.Event stored = sse.next(WAIT);
            assertThat(stored).isNotNull();
            JsonNode segment = JSON.readTree(stored.data());
            assertThat(segment.get("type").asString()).isEqualTo("segment");
            assertThat(segment.get("status").asString()).isEqualTo("SEGMENT_DONE");
            assertThat(segment.get("segment_index").isInt()).isTrue();
            assertThat(segment.get("analysis_json").get("possession_team_a_pct").asDouble()).isEqualTo(55.5);
            assertThat(stored.id()).isEqualTo(segment.get("seq").asString());

            LiveFixtures.newSegment(run, matchKey, 1, 0.6);
            publisher.segmentStored(run, 1);
            publisher.runProgressed(run, "PROCESSING", 0.5, "Tracking players 50%");
            TestAccounts.execute("UPDATE analysis_runs SET status = 'COMPLETED' WHERE id = ?", run);
            publisher.runFinished(run, "COMPLETED");

            List<SseClient.Event> live = sse.take(3, WAIT);
            assertThat(live).hasSize(3);
            assertThat(JSON.readTree(live.get(0).data()).get("segment_index").asInt()).isEqualTo(1);
            assertThat(JSON.readTree(live.get(1).data()).get("type").asString()).isEqualTo("progress");
            assertThat(live.get(2).event()).isEqualTo("done");
            assertThat(JSON.readTree(live.get(2).data()).get("status").asString()).isEqualTo("COMPLETED");
            org.awaitility.Awaitility.await().atMost(WAIT).until(sse::ended);
        }
    }

    @Test
    void replaysWhatAReconnectingClientMissedExactlyOnceAndInOrder() throws Exception {
        for (int i = 0; i < 5; i++) {
            LiveFixtures.newSegment(run, matchKey, i, 0.1 * i);
        }
        String secondId;
        try (SseClient first = SseClient.connect(port, "/api/analysis/" + run + "/segments/stream", token, null)) {
            List<SseClient.Event> events = first.take(5, WAIT);
            assertThat(events).hasSize(5);
            secondId = events.get(1).id();
        }

        try (SseClient again = SseClient.connect(port, "/api/matches/" + matchKey + "/segments/stream", token, secondId)) {
            List<SseClient.Event> replayed = again.take(3, WAIT);
            LiveFixtures.newSegment(run, matchKey, 5, 0.9);
            publisher.segmentStored(run, 5);
            publisher.segmentStored(run, 4);
            List<SseClient.Event> live = again.take(1, WAIT);

            assertThat(replayed).extracting(e -> JSON.readTree(e.data()).get("segment_index").asInt())
                    .containsExactly(2, 3, 4);
            assertThat(live).extracting(e -> JSON.readTree(e.data()).get("segment_index").asInt()).containsExactly(5);
            assertThat(again.next(Duration.ofMillis(500))).as("a re-announced old segment is not sent twice").isNull();
        }
    }

    @Test
    void endsTheStreamOfAFinishedRunRightAfterItsSegments() throws Exception {
        String done = LiveFixtures.newRun(club, matchKey, "FAILED");
        LiveFixtures.newSegment(done, matchKey, 0, 0.2);

        try (SseClient sse = SseClient.connect(port, "/api/analysis/" + done + "/segments/stream", token, null)) {
            List<SseClient.Event> events = sse.take(2, WAIT);

            assertThat(events).hasSize(2);
            assertThat(events.get(1).event()).isEqualTo("done");
            assertThat(JSON.readTree(events.get(1).data()).get("status").asString()).isEqualTo("FAILED");
        }
    }

    @Test
    void refusesAnonymousAndForeignSubscriptions() throws Exception {
        TestAccounts.Club other = TestAccounts.newClub();
        String foreign = TestTokens.of(other.coachEmail());

        try (SseClient anonymous = SseClient.connect(port, "/api/analysis/" + run + "/segments/stream", null, null);
                SseClient stranger = SseClient.connect(port, "/api/analysis/" + run + "/segments/stream", foreign, null);
                SseClient strangerMatch = SseClient.connect(port, "/api/matches/" + matchKey + "/segments/stream",
                        foreign, null)) {
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(stranger.status()).isEqualTo(404);
            assertThat(strangerMatch.status()).isEqualTo(404);
        }
    }
}
