package com.footballcoach.product;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The product API (:8000). It owns the schema: it applies the Flyway migrations at start-up.
 * Runs alone ({@code java -jar}) or beside the analysis API in the local launcher.
 */
@SpringBootApplication(scanBasePackages = {"com.footballcoach.product", "com.footballcoach.platform"})
public class ProductApiApplication {

    /** The name of this app's configuration file ({@code product-api.yml}). */
    public static final String CONFIG_NAME = "product-api";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** How to start this app; its settings live in {@code product-api.yml}, not a shared application.yml. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ProductApiApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }
}
