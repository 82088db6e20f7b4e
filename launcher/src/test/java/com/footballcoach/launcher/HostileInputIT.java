package com.footballcoach.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.embedded.TestDatabase;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile input for every operation of both apps' OpenAPI documents (so new routes are covered
 * without editing this test): malformed JSON, wrong types, huge strings, unknown enum values,
 * negative and overflowing numbers, unknown and foreign ids — as an account manager and as a
 * coach. No answer may be a 5xx, every refusal is a problem body, and a refused write leaves every
 * table as it was.
 */
class HostileInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HUGE = "x".repeat(100_000);

    @Test
    void everyOperationRefusesHostileInputCleanlyAndChangesNothing() throws Exception {
        RunningPlatform platform = RunningPlatform.get();
        TestAccounts.Club club = TestAccounts.in(platform.database, TestAccounts::newClub);
        TestAccounts.Club other = TestAccounts.in(platform.database, TestAccounts::newClub);
        String foreignMatch = TestAccounts.in(platform.database, () -> TestAccounts.newMatch(other));
        List<String> tokens = List.of(platform.product.login(club.ownerEmail(), TestAccounts.PASSWORD),
                platform.product.login(club.coachEmail(), TestAccounts.PASSWORD));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int operations = 0;

        for (HttpApi api : List.of(platform.product, platform.analysis)) {
            JsonNode doc = api.get("/v3/api-docs", null).json();
            for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
                if (path.getKey().endsWith("/stream") || path.getKey().startsWith("/ws")) {
                    continue; // live streams: covered by their own tests
                }
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    String method = operation.getKey().toUpperCase();
                    if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        continue;
                    }
                    operations++;
                    for (Variant variant : variants(doc, path.getKey(), operation.getValue(), foreignMatch)) {
                        for (String token : tokens) {
                            Map<String, Long> before = method.equals("GET") ? Map.of() : counts(platform.database);
                            HttpApi.Response response = api.send(method, variant.path(), variant.body(),
                                    variant.body() == null ? null : "application/json", token);
                            requests++;
                            String where = method + " " + variant.path().replaceAll("\\?.*", "?…") + " [" + variant.name()
                                    + "] -> " + response.status();
                            if (response.status() >= 500) {
                                failures.add(where + " " + abbreviate(response.body()));
                            } else if (response.status() >= 400) {
                                if (!response.isProblem() && !assistantError(path.getKey(), response)) {
                                    failures.add(where + " without a problem body: " + abbreviate(response.body()));
                                }
                                if (!method.equals("GET") && !before.equals(counts(platform.database))) {
                                    failures.add(where + " was refused but changed the database");
                                }
                            }
                        }
                    }
                }
            }
        }
        org.slf4j.LoggerFactory.getLogger(HostileInputIT.class).info("{} hostile requests over {} operations, {} failures",
                requests, operations, failures.size());
        assertThat(operations).as("operations found in the OpenAPI documents").isGreaterThan(80);
        assertThat(failures).as("%d hostile requests over %d operations", requests, operations).isEmpty();
    }

    /** One hostile request: a path with its parameters filled in, and a body. */
    record Variant(String name, String path, String body) {
    }

    private static List<Variant> variants(JsonNode doc, String template, JsonNode operation, String foreignMatch) {
        String unknown = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        String foreign = template.replaceAll("\\{[^}]+}", foreignMatch);
        String query = hostileQuery(operation);
        List<Variant> variants = new ArrayList<>();
        if (template.contains("{")) {
            // ids no column can hold: right-to-left override, a quote, a NUL
            variants.add(new Variant("impossible ids", template.replaceAll("\\{[^}]+}", "%E2%80%AE'%00x"), null));
        }
        JsonNode schema = requestSchema(doc, operation);
        if (schema == null) {
            variants.add(new Variant("unknown ids", unknown + query, null));
            variants.add(new Variant("foreign ids", foreign, null));
            return variants;
        }
        variants.add(new Variant("malformed json", unknown, "{\"a\": "));
        variants.add(new Variant("not an object", unknown, "[1, 2, 3]"));
        variants.add(new Variant("wrong types", foreign, hostileBody(doc, schema, Hostility.WRONG_TYPES)));
        variants.add(new Variant("huge strings", unknown, hostileBody(doc, schema, Hostility.HUGE)));
        variants.add(new Variant("overflowing numbers and unknown enums", foreign,
                hostileBody(doc, schema, Hostility.EXTREME)));
        variants.add(new Variant("empty object", unknown + query, "{}"));
        return variants;
    }

    enum Hostility { WRONG_TYPES, HUGE, EXTREME }

    private static String hostileBody(JsonNode doc, JsonNode schema, Hostility hostility) {
        ObjectNode body = JSON.createObjectNode();
        JsonNode properties = resolve(doc, schema).get("properties");
        if (properties == null) {
            return "{\"unexpected\": " + (hostility == Hostility.HUGE ? "\"" + HUGE + "\"" : "-1e400") + "}";
        }
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            JsonNode type = resolve(doc, property.getValue());
            String kind = type.has("type") ? type.get("type").asString() : "object";
            String name = property.getKey();
            switch (hostility) {
                case WRONG_TYPES -> {
                    switch (kind) {
                        case "string" -> body.set(name, JSON.createArrayNode().add(1));
                        case "integer", "number" -> body.put(name, "not a number");
                        case "boolean" -> body.put(name, "perhaps");
                        case "array" -> body.put(name, "not a list");
                        default -> body.put(name, 42);
                    }
                }
                case HUGE -> body.put(name, HUGE);
                case EXTREME -> {
                    switch (kind) {
                        case "integer" -> body.put(name, new java.math.BigInteger("99999999999999999999999"));
                        case "number" -> body.put(name, -1e300);
                        case "boolean" -> body.put(name, true);
                        default -> body.put(name, type.has("enum") ? "NOT_A_VALUE" : "\u0000\u202e<script>");
                    }
                }
            }
        }
        return JSON.writeValueAsString(body);
    }

    private static String hostileQuery(JsonNode operation) {
        JsonNode parameters = operation.get("parameters");
        if (parameters == null) {
            return "";
        }
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            if ("query".equals(parameter.get("in").asString())) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.get("name").asString()).append("=%00-1e99");
            }
        }
        return query.toString();
    }

    private static JsonNode requestSchema(JsonNode doc, JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content").path("application/json").path("schema");
        return content.isMissingNode() ? null : content;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
        return doc.path("components").path("schemas").path(name);
    }

    private static Map<String, Long> counts(TestDatabase database) throws SQLException {
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
     * The assistant answers errors in its own documented shape ({@code status: "error"}, {@code message},
     * {@code answer}: the current app shows {@code answer}), which a problem body's numeric status cannot carry.
     */
    private static boolean assistantError(String path, HttpApi.Response response) {
        JsonNode body = response.json();
        return path.startsWith("/api/assistant/") && "error".equals(body.path("status").asString(""))
                && body.path("message").isString() && body.path("answer").isString();
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
