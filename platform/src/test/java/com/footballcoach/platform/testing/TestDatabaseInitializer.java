package com.footballcoach.platform.testing;

import com.footballcoach.embedded.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points an application under test at the real test database of this JVM and at the test keys
 * (current key signs; current and previous are accepted).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>(TestDatabase.shared().springProperties());
        properties.put("coach.jwt.private-key", TestKeys.privatePem(TestKeys.CURRENT));
        properties.put("coach.jwt.public-key", TestKeys.publicPem(TestKeys.CURRENT) + TestKeys.publicPem(TestKeys.PREVIOUS));
        properties.put("coach.schema.mode", "migrate");
        properties.put("spring.datasource.hikari.maximum-pool-size", "8");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", properties));
    }
}
