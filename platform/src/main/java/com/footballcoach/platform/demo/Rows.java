package com.footballcoach.platform.demo;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;

/** The rows of one table, inserted with one JDBC batch (demo club) or multi-row INSERTs (league). */
final class Rows {

    private final String table;
    private final List<String> columns;
    private final List<Object[]> values = new ArrayList<>();

    Rows(String table, String... columns) {
        this.table = table;
        this.columns = List.of(columns);
    }

    void add(@Nullable Object... row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException(table + " takes " + columns.size() + " values, not " + row.length);
        }
        Object[] copy = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
            // a typed NULL spares the driver a metadata round trip per parameter
            copy[i] = row[i] == null ? new SqlParameterValue(Types.VARCHAR, null) : row[i];
        }
        values.add(copy);
    }

    String table() {
        return table;
    }

    String insertSql() {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    List<String> columns() {
        return columns;
    }

    /** Forgets the rows, once written, so the next chunk reuses the table's column list. */
    void clear() {
        values.clear();
    }

    List<Object[]> values() {
        return Collections.unmodifiableList(values);
    }

    int size() {
        return values.size();
    }
}
