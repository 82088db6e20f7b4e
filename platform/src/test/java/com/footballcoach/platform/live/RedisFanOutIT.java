package com.footballcoach.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.LiveFixtures;
import com.footballcoach.platform.testing.SseClient;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.platform.testing.TestDatabaseInitializer;
import com.footballcoach.platform.testing.TestPlatformApplication;
import com.footballcoach.platform.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** Two separate instances with EVENT_BUS=redis (Redis at 127.0.0.1:6379): what A stores reaches B's clients. */
class RedisFanOutIT {

    static ConfigurableApplicationContext instanceA;
    static ConfigurableApplicationContext instanceB;

    @BeforeAll
    static void startTwoInstances() {
        instanceA = start();
        instanceB = start();
    }

    @AfterAll
    static void stop() {
        instanceA.close();
        instanceB.close();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TestPlatformApplication.class)
                .initializers(new TestDatabaseInitializer())
                .properties("spring.config.name=coach-platform", "spring.application.name=redis-instance",
                        "server.port=0", "EVENT_BUS=redis")
                .run();
    }

    @Test
    void aSegmentStoredOnInstanceAReachesAnSseClientOfInstanceB() throws Exception {
        assertThat(instanceA.getBean(EventBus.class)).isNotInstanceOf(InProcessEventBus.class);
        TestAccounts.Club club = TestAccounts.newClub();
        int portB = port(instanceB);
        String token = TestTokens.of(club.coachEmail());
        String matchKey = UUID.randomUUID().toString();
        String run = LiveFixtures.newRun(club, matchKey, "PROCESSING");

        try (SseClient sse = SseClient.connect(portB, "/api/analysis/" + run + "/segments/stream", token, null)) {
            assertThat(sse.status()).isEqualTo(200);
            LiveFixtures.newSegment(run, matchKey, 0, 0.5);
            instanceA.getBean(LivePublisher.class).segmentStored(run, 0);

            List<SseClient.Event> events = sse.take(1, Duration.ofSeconds(10));

            assertThat(events).hasSize(1);
            assertThat(JsonMapper.builder().build().readTree(events.get(0).data()).get("analysis_id").asString())
                    .isEqualTo(run);
        }
    }

    @Test
    void reportsTheRedisBusInHealth() {
        HttpApi.Response health = new HttpApi(port(instanceA)).get("/actuator/health", null);

        assertThat(health.json().get("components").get("eventBus").get("status").asString()).isEqualTo("UP");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
