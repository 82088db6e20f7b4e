package com.footballcoach.analysis;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The analysis API (:8001). It validates the schema the product API migrates.
 * Runs alone ({@code java -jar}) or beside the product API in the local launcher.
 */
@SpringBootApplication(scanBasePackages = {"com.footballcoach.analysis", "com.footballcoach.platform"})
public class AnalysisApiApplication {

    /** The name of this app's configuration file ({@code analysis-api.yml}). */
    public static final String CONFIG_NAME = "analysis-api";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** How to start this app; its settings live in {@code analysis-api.yml}, not a shared application.yml. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(AnalysisApiApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }
}
