package com.footballcoach.product;

import com.footballcoach.platform.testing.TestDatabaseInitializer;
import com.footballcoach.product.testing.QueryCounting;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * An end-to-end test of the product API over real HTTP (random port), on the real test database.
 * Every test class uses this one annotation, so they share one Spring context. Uploads go to
 * {@code target/test-static} and are limited to 64 KB (the default is 5 MiB).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ProductApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + ProductApiApplication.CONFIG_NAME,
                "coach.media.static-dir=target/test-static", "coach.media.max-upload=64KB",
                // test contexts share one database: webhook tests send deliveries themselves
                "coach.webhooks.worker=false"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(QueryCounting.class)
public @interface ProductApiTest {
}
