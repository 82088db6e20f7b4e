package com.footballcoach.platform.jdbc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * Row mappers for records, one cached per type. They map the result set's own columns
 * ({@code jersey_number} → {@code jerseyNumber}) — unlike {@code JdbcClient.query(Class)}, whose
 * mapper probes each camelCase name first and pays for a thrown SQLException per field and row.
 */
public final class Rows {

    private static final Map<Class<?>, RowMapper<?>> MAPPERS = new ConcurrentHashMap<>();

    private Rows() {
    }

    @SuppressWarnings("unchecked")
    public static <T> RowMapper<T> of(Class<T> type) {
        return (RowMapper<T>) MAPPERS.computeIfAbsent(type, DataClassRowMapper::new);
    }
}
