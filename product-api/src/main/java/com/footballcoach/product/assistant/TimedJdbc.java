package com.footballcoach.product.assistant;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The assistant's own {@link JdbcClient}: every statement carries a JDBC query timeout
 * ({@code Statement.setQueryTimeout}), so a slow query is stopped by the database and not only
 * abandoned by the retrieval budget. Not a {@code JdbcClient} bean, so that the application's
 * default one stays as it is.
 */
@Component
class TimedJdbc {

    private final JdbcClient client;

    @Autowired
    TimedJdbc(DataSource dataSource, AssistantSettings settings) {
        this(dataSource, settings.queryTimeoutSeconds());
    }

    TimedJdbc(DataSource dataSource, int queryTimeoutSeconds) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setQueryTimeout(queryTimeoutSeconds);
        this.client = JdbcClient.create(template);
    }

    JdbcClient client() {
        return client;
    }
}
