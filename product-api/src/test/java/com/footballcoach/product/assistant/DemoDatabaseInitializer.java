package com.footballcoach.product.assistant;

import com.footballcoach.platform.testing.TestDatabaseInitializer;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the app under test at the schema holding the demo data (keys as in every other test). */
class DemoDatabaseInitializer extends TestDatabaseInitializer {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        super.initialize(context);
        Map<String, Object> properties = new HashMap<>(DemoDatabase.database().springProperties());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("demo-database", properties));
    }
}
