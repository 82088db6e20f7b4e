package com.footballcoach.launcher;

import com.footballcoach.embedded.TestDatabase;
import com.footballcoach.platform.testing.HttpApi;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the hostile-input tests walk: the operations of the running apps' OpenAPI documents (so a
 * new route is covered without editing a test), their request schemas, the row count of every
 * table (a refused write must leave them as they were), and what counts as a clean refusal.
 */
final class ApiOperations {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private ApiOperations() {
    }

    /** One operation of one app's document. */
    record Operation(HttpApi api, JsonNode doc, String method, String path, JsonNode spec) {

        boolean isRead() {
            return method.equals("GET");
        }

        /** The {@code application/json} request schema, or null when the operation takes no JSON body. */
        @Nullable JsonNode requestSchema() {
            JsonNode schema = spec.path("requestBody").path("content").path("application/json").path("schema");
            return schema.isMissingNode() ? null : schema;
        }

        /** The properties of the JSON request body, each with its schema resolved; empty when it has none. */
        Map<String, JsonNode> bodyProperties() {
            Map<String, JsonNode> properties = new LinkedHashMap<>();
            JsonNode schema = requestSchema();
            JsonNode declared = schema == null ? null : resolve(doc, schema).get("properties");
            if (declared != null) {
                declared.properties().forEach(p -> properties.put(p.getKey(), resolve(doc, p.getValue())));
            }
            return properties;
        }

        /** The names of the query parameters. */
        List<String> queryParameters() {
            List<String> names = new ArrayList<>();
            for (JsonNode parameter : spec.path("parameters")) {
                if ("query".equals(parameter.path("in").asString(""))) {
                    names.add(parameter.get("name").asString());
                }
            }
            return names;
        }

        /** The path with every {@code {parameter}} replaced by the given text. */
        String pathWith(String value) {
            return path.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(value));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every HTTP operation of the apps' documents, live streams and WebSockets left out (they have their own tests). */
    static List<Operation> of(HttpApi... apis) {
        List<Operation> operations = new ArrayList<>();
        for (HttpApi api : apis) {
            JsonNode doc = api.get("/v3/api-docs", null).json();
            for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
                if (path.getKey().endsWith("/stream") || path.getKey().startsWith("/ws")) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    String method = operation.getKey().toUpperCase();
                    if (METHODS.contains(method)) {
                        operations.add(new Operation(api, doc, method, path.getKey(), operation.getValue()));
                    }
                }
            }
        }
        return operations;
    }

    /** The schema a {@code $ref} names, or the schema itself. */
    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
        return doc.path("components").path("schemas").path(name);
    }

    /** The row count of every table of the database. */
    static Map<String, Long> rowCounts(TestDatabase database) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = database.connect()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = c.createStatement().executeQuery(
                    "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /**
     * What is wrong with a 4xx answer, or null when it is a clean refusal: an RFC 9457 problem
     * body whose status is the answer's. The assistant answers errors in its own documented shape
     * ({@code status: "error"}, {@code message}, {@code answer}: the current app shows
     * {@code answer}), which a problem body's numeric status cannot carry.
     */
    static @Nullable String refusalFault(String path, HttpApi.Response response) {
        if (path.startsWith("/api/assistant/")) {
            JsonNode body;
            try {
                body = response.json();
            } catch (RuntimeException e) {
                body = null;
            }
            if (body != null && "error".equals(body.path("status").asString(""))
                    && body.path("message").isString() && body.path("answer").isString()) {
                return null;
            }
        }
        if (!response.isProblem()) {
            return "without a problem body: " + abbreviate(response.body());
        }
        String type = response.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "a problem body sent as " + type;
        }
        if (response.json().get("status").asInt() != response.status()) {
            return "a problem body whose status says " + response.json().get("status");
        }
        return null;
    }

    static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
