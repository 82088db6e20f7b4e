package com.footballcoach.analysis;

import com.footballcoach.platform.testing.TestDatabaseInitializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * An end-to-end test of the analysis API over real HTTP (random port), on the real test database.
 * The run worker is off unless the test enables it ({@code coach.analysis.worker.enabled}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = AnalysisApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + AnalysisApiApplication.CONFIG_NAME,
                // test contexts share one database: only a test that starts its own engine runs a worker
                "coach.analysis.worker.enabled=false",
                // and only a webhook test that asks for it runs the webhook worker
                "coach.webhooks.worker=false"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface AnalysisApiTest {
}
