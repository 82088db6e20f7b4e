package com.footballcoach.product;

import com.footballcoach.platform.testing.TestDatabaseInitializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** An end-to-end test of the product API over real HTTP (random port), on the real test database. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ProductApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + ProductApiApplication.CONFIG_NAME)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface ProductApiTest {
}
