package com.footballcoach.platform.jdbc;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.util.ClassUtils;

/**
 * Row mappers for records, one cached per type. A record component takes the column of its
 * snake_case name ({@code jerseyNumber} ← {@code jersey_number}); the value is read with the
 * getter of the component's type ({@link JdbcUtils#getResultSetValue}) and converted only when the
 * driver returns another type, as Spring's {@code DataClassRowMapper} does.
 *
 * <p>It walks the result set's own columns once per row. Spring's mapper looks each component up
 * by name instead, and its first guess ({@code jerseynumber}) fails with a thrown SQLException per
 * field and row — on the hot lists most of the request's time went into filling in stack traces.
 */
public final class Rows {

    private static final Map<Class<?>, RowMapper<?>> MAPPERS = new ConcurrentHashMap<>();

    private Rows() {
    }

    @SuppressWarnings("unchecked")
    public static <T> RowMapper<T> of(Class<T> type) {
        return (RowMapper<T>) MAPPERS.computeIfAbsent(type, RecordRowMapper::new);
    }

    /** Maps each column to the record component of the same snake_case name; other columns are ignored. */
    private static final class RecordRowMapper<T> implements RowMapper<T> {

        private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

        private final Class<T> type;
        private final Constructor<T> constructor;
        private final Class<?>[] types;
        private final String[] columns;
        private final Map<String, Integer> componentByColumn = new HashMap<>();

        RecordRowMapper(Class<T> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            this.type = type;
            RecordComponent[] components = type.getRecordComponents();
            types = new Class<?>[components.length];
            columns = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                columns[i] = JdbcUtils.convertPropertyNameToUnderscoreName(components[i].getName());
                componentByColumn.put(columns[i], i);
            }
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("No canonical constructor on " + type.getName(), e);
            }
        }

        @Override
        public T mapRow(ResultSet rs, int rowNum) throws SQLException {
            Object[] args = new Object[types.length];
            boolean[] seen = new boolean[types.length];
            ResultSetMetaData meta = rs.getMetaData();
            int count = meta.getColumnCount();
            for (int column = 1; column <= count; column++) {
                Integer component = componentByColumn.get(JdbcUtils.lookupColumnName(meta, column)
                        .toLowerCase(Locale.ROOT));
                if (component != null) {
                    args[component] = value(rs, column, types[component]);
                    seen[component] = true;
                }
            }
            for (int i = 0; i < types.length; i++) {
                if (!seen[i]) {
                    throw new IllegalStateException("The query for " + type.getSimpleName() + " has no column "
                            + columns[i]);
                }
                if (args[i] == null && types[i].isPrimitive()) {
                    args[i] = primitiveDefault(types[i]);
                }
            }
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot build " + type.getSimpleName() + " from row " + rowNum, e);
            }
        }

        private static @Nullable Object value(ResultSet rs, int column, Class<?> target) throws SQLException {
            Object value = JdbcUtils.getResultSetValue(rs, column, target);
            if (value == null || ClassUtils.resolvePrimitiveIfNecessary(target).isInstance(value)) {
                return value;
            }
            return CONVERSIONS.convert(value, target);
        }

        private static Object primitiveDefault(Class<?> primitive) {
            if (primitive == boolean.class) {
                return false;
            }
            if (primitive == char.class) {
                return '\0';
            }
            return CONVERSIONS.convert(0, primitive);
        }
    }
}
