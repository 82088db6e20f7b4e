package com.footballcoach.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** An end-to-end test of the shared platform over real HTTP, on the real test database. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=coach-platform", "spring.application.name=platform-test",
                // test contexts share one database: only a webhook test runs the webhook worker
                "coach.webhooks.worker=false"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface PlatformTest {
}
