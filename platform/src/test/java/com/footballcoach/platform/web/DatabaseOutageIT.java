package com.footballcoach.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.embedded.EmbeddedMariaDb;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestKeys;
import com.footballcoach.platform.testing.TestPlatformApplication;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Fault drill: the database stops under a running app and comes back. */
class DatabaseOutageIT {

    @Test
    void failsFastWith503ProblemsWhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        Path home = Path.of("target", "outage-" + UUID.randomUUID()).toAbsolutePath();
        int port = EmbeddedMariaDb.freePort();
        EmbeddedMariaDb db = EmbeddedMariaDb.startPersistent(home, port);
        db.createDatabase("outage");
        String url = db.jdbcUrl("outage");
        Flyway.configure().dataSource(url, "root", "").locations("classpath:db/migration").load().migrate();
        String email = "outage-" + UUID.randomUUID() + "@test.club";
        try (Connection c = DriverManager.getConnection(url, "root", "");
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO users (id, email, password_hash, user_type) VALUES (?, ?, ?, 'owner')")) {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, email);
            s.setString(3, new BCryptPasswordEncoder(4).encode("outage-password-1"));
            s.executeUpdate();
        }
        // the environment variables the apps read (defaults rank below the shared settings file)
        Map<String, Object> properties = Map.of("spring.config.name", "coach-platform",
                "spring.application.name", "outage", "server.port", "0", "DB_HOST", "127.0.0.1",
                "DB_PORT", Integer.toString(port), "DB_NAME", "outage",
                "JWT_PRIVATE_KEY", TestKeys.privatePem(TestKeys.CURRENT),
                "JWT_PUBLIC_KEY", TestKeys.publicPem(TestKeys.CURRENT), "coach.schema.mode", "validate");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TestPlatformApplication.class)
                .properties(properties).run()) {
            HttpApi api = new HttpApi(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            String token = api.login(email, "outage-password-1");
            assertThat(api.get("/api/users/me", token).status()).isEqualTo(200);

            db.close();
            long started = System.nanoTime();
            HttpApi.Response login = api.postForm("/api/token", Map.of("username", email, "password", "outage-password-1"));
            Duration failedIn = Duration.ofNanos(System.nanoTime() - started);
            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                HttpApi.Response me = api.get("/api/users/me", token);
                assertThat(me.status()).isEqualTo(503);
                assertThat(me.isProblem()).isTrue();
            });

            assertThat(login.status()).isEqualTo(503);
            assertThat(login.isProblem()).isTrue();
            assertThat(login.header("Retry-After")).isNotNull();
            assertThat(failedIn).isLessThan(Duration.ofSeconds(10));

            EmbeddedMariaDb again = EmbeddedMariaDb.startPersistent(home, port);
            try {
                Awaitility.await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(api.get("/api/users/me", token).status()).isEqualTo(200));
                assertThat(api.login(email, "outage-password-1")).isNotBlank();
            } finally {
                again.close();
            }
        }
    }
}
