package com.footballcoach.platform.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes tables of rows as multi-row {@code INSERT}s of at most {@value #ROWS_PER_STATEMENT} rows,
 * one transaction per chunk (the tables given to one {@link #write} call), with the foreign keys
 * checked as always. A multi-row statement is one round trip and one parse for a thousand rows: the
 * driver (MariaDB Connector/J 3) no longer rewrites JDBC batches into such statements itself.
 */
final class BulkInsert {

    static final int ROWS_PER_STATEMENT = 1_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Map<String, String> fullStatements = new HashMap<>();

    BulkInsert(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Inserts every row of these tables, in this order, in one transaction; then clears them. */
    int write(List<Rows> tables) {
        Integer written = transaction.execute(status -> {
            int rows = 0;
            for (Rows table : tables) {
                List<Object[]> values = table.values();
                for (int from = 0; from < values.size(); from += ROWS_PER_STATEMENT) {
                    List<Object[]> chunk = values.subList(from, Math.min(values.size(), from + ROWS_PER_STATEMENT));
                    List<Object> args = new ArrayList<>(chunk.size() * table.columns().size());
                    for (Object[] row : chunk) {
                        Collections.addAll(args, row);
                    }
                    rows += jdbc.update(statement(table, chunk.size()), args.toArray());
                }
            }
            return rows;
        });
        tables.forEach(Rows::clear);
        return written == null ? 0 : written;
    }

    private String statement(Rows table, int rows) {
        if (rows == ROWS_PER_STATEMENT) {
            return fullStatements.computeIfAbsent(table.table(), name -> sql(table, rows));
        }
        return sql(table, rows);
    }

    static String sql(Rows table, int rows) {
        String tuple = "(" + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
        StringBuilder sql = new StringBuilder(32 + rows * (tuple.length() + 1))
                .append("INSERT INTO ").append(table.table()).append(" (")
                .append(String.join(", ", table.columns())).append(") VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append(tuple);
        }
        return sql.toString();
    }
}
