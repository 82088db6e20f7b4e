package com.footballcoach.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.footballcoach.embedded.EmbeddedMariaDb;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.LiveFixtures;
import com.footballcoach.platform.testing.SseClient;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.platform.testing.TestDatabaseInitializer;
import com.footballcoach.platform.testing.TestPlatformApplication;
import com.footballcoach.platform.testing.TestTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fault drill: Redis goes down under EVENT_BUS=redis. Live delivery degrades, storage and
 * publishing go on without errors, and a client that reconnects gets what it missed from the
 * database once Redis is back.
 */
class RedisOutageIT {

    private static final Path REDIS = Path.of("/usr/bin/redis-server");

    @Test
    void keepsStoringWhileRedisIsDownAndClientsReplayWhatTheyMissed() throws Exception {
        assumeThat(REDIS).as("redis-server installed").exists();
        int redisPort = EmbeddedMariaDb.freePort();
        Process redis = startRedis(redisPort);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TestPlatformApplication.class)
                .initializers(new TestDatabaseInitializer())
                .properties("spring.config.name=coach-platform", "spring.application.name=redis-outage", "server.port=0",
                        "EVENT_BUS=redis", "REDIS_URL=redis://127.0.0.1:" + redisPort)
                .run()) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            TestAccounts.Club club = TestAccounts.newClub();
            String token = TestTokens.of(club.coachEmail());
            String matchKey = UUID.randomUUID().toString();
            String run = LiveFixtures.newRun(club, matchKey, "PROCESSING");
            LivePublisher publisher = app.getBean(LivePublisher.class);
            String lastSeen;
            try (SseClient sse = SseClient.connect(port, "/api/analysis/" + run + "/segments/stream", token, null)) {
                LiveFixtures.newSegment(run, matchKey, 0, 0.3);
                publisher.segmentStored(run, 0);
                List<SseClient.Event> first = sse.take(1, Duration.ofSeconds(10));
                assertThat(first).hasSize(1);
                lastSeen = first.get(0).id();

                redis.destroyForcibly().waitFor();
                LiveFixtures.newSegment(run, matchKey, 1, 0.6);
                publisher.segmentStored(run, 1);

                assertThat(sse.next(Duration.ofSeconds(1))).as("no live delivery without Redis").isNull();
                HttpApi.Response health = new HttpApi(port).get("/actuator/health", null);
                assertThat(health.json().get("status").asString()).as("the app stays in service").isEqualTo("UP");
            }

            redis = startRedis(redisPort);
            try (SseClient again = SseClient.connect(port, "/api/analysis/" + run + "/segments/stream", token, lastSeen)) {
                List<SseClient.Event> replayed = again.take(1, Duration.ofSeconds(10));
                assertThat(replayed).hasSize(1);
                assertThat(JsonMapper.builder().build().readTree(replayed.get(0).data()).get("segment_index").asInt())
                        .isEqualTo(1);
            }
        } finally {
            redis.destroyForcibly().waitFor();
        }
    }

    private static Process startRedis(int port) throws Exception {
        Process process = new ProcessBuilder(REDIS.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return true;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return process;
    }
}
