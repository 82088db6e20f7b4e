package com.footballcoach.product.matches;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the INSERT and UPDATE statements of the wide statistics tables from one column list, so
 * the SQL of a table is written once. Parameter names are the camelCase record components.
 */
final class Columns {

    private Columns() {
    }

    static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    static String insert(String table, List<String> columns) {
        return "INSERT INTO " + table + " (id, " + String.join(", ", columns) + ") VALUES (:id, "
                + columns.stream().map(c -> ":" + camel(c)).collect(Collectors.joining(", ")) + ")";
    }

    /** An update that keeps the stored value where the parameter is null. */
    static String update(String table, List<String> columns) {
        return "UPDATE " + table + " SET "
                + columns.stream().map(c -> c + " = COALESCE(:" + camel(c) + ", " + c + ")")
                        .collect(Collectors.joining(", "))
                + " WHERE id = :id";
    }
}
