package com.footballcoach.platform.testing;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The shared platform alone, as a web app, for its own end-to-end tests. */
@SpringBootApplication(scanBasePackages = "com.footballcoach.platform")
public class TestPlatformApplication {
}
