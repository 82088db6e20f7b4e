package com.footballcoach.product.shared;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.AbstractSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;

/**
 * SQL parameters named after a record's components, plus a few extra ones (such as the row id):
 * {@code JdbcClient} takes either one parameter source or individual parameters, not both.
 */
public final class RecordParams extends AbstractSqlParameterSource {

    private final SimplePropertySqlParameterSource record;
    private final Map<String, @Nullable Object> extra = new HashMap<>();

    private RecordParams(Object record) {
        this.record = new SimplePropertySqlParameterSource(record);
    }

    public static RecordParams of(Object record) {
        return new RecordParams(record);
    }

    public RecordParams and(String name, @Nullable Object value) {
        extra.put(name, value);
        return this;
    }

    @Override
    public boolean hasValue(String name) {
        return extra.containsKey(name) || record.hasValue(name);
    }

    @Override
    public @Nullable Object getValue(String name) {
        return extra.containsKey(name) ? extra.get(name) : record.getValue(name);
    }
}
