package com.footballcoach.platform.jdbc;

import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.PageRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a list query into a {@link Listing}: the rows stream from the database (the driver fetches
 * {@value #FETCH_SIZE} at a time instead of the whole result) and are written as they arrive; a
 * page adds {@code LIMIT}/{@code OFFSET}, and its total is the same query counted.
 *
 * <p>The query runs when the answer is written, outside the handler's transaction, on a
 * connection of its own; the caller's scope must already be in its parameters.
 */
@Component
public class Listings {

    static final int FETCH_SIZE = 256;

    private final JdbcClient streaming;
    private final JdbcClient jdbc;

    public Listings(DataSource dataSource, JdbcClient jdbc) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.streaming = JdbcClient.create(template);
        this.jdbc = jdbc;
    }

    /**
     * A list query.
     *
     * @param selectFromWhere the query without its order ({@code SELECT … FROM … WHERE …})
     * @param orderBy         the columns of a stable order, ending on a unique one ({@code name, id})
     */
    public Query query(String selectFromWhere, String orderBy) {
        return new Query(selectFromWhere, orderBy);
    }

    /** A list query being built: its named parameters, then its row type and page. */
    public final class Query {

        private final String sql;
        private final String orderBy;
        private final Map<String, Object> params = new LinkedHashMap<>();

        private Query(String sql, String orderBy) {
            this.sql = sql;
            this.orderBy = orderBy;
        }

        public Query param(String name, @Nullable Object value) {
            params.put(name, value);
            return this;
        }

        public <T> Listing<T> page(PageRequest page, RowMapper<T> rows) {
            String ordered = sql + "\n ORDER BY " + orderBy;
            String select;
            if (page.limit() != null) {
                select = ordered + "\n LIMIT " + page.limit() + " OFFSET " + page.skip();
            } else if (page.skip() > 0) {
                // MariaDB and MySQL take an OFFSET only after a LIMIT: the largest one means "to the end"
                select = ordered + "\n LIMIT 18446744073709551615 OFFSET " + page.skip();
            } else {
                select = ordered;
            }
            Map<String, Object> values = Collections.unmodifiableMap(new LinkedHashMap<>(params));
            return Listing.of(page,
                    row -> {
                        int[] number = {0};
                        streaming.sql(select).params(values)
                                .query((RowCallbackHandler) rs -> row.accept(rows.mapRow(rs, number[0]++)));
                    },
                    () -> jdbc.sql("SELECT COUNT(*) FROM (" + sql + ") counted").params(values)
                            .query(Long.class).single());
        }
    }
}
