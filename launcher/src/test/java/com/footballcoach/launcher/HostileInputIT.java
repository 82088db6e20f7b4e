package com.footballcoach.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import java.util.ArrayList;
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
 * table as it was. {@link HostileInputPropertiesIT} throws generated bodies at the same operations.
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

        for (ApiOperations.Operation operation : ApiOperations.of(platform.product, platform.analysis)) {
            operations++;
            for (Variant variant : variants(operation, foreignMatch)) {
                for (String token : tokens) {
                    Map<String, Long> before = operation.isRead() ? Map.of() : ApiOperations.rowCounts(platform.database);
                    HttpApi.Response response = operation.api().send(operation.method(), variant.path(), variant.body(),
                            variant.body() == null ? null : "application/json", token);
                    requests++;
                    String where = operation.method() + " " + variant.path().replaceAll("\\?.*", "?…") + " ["
                            + variant.name() + "] -> " + response.status();
                    if (response.status() >= 500) {
                        failures.add(where + " " + ApiOperations.abbreviate(response.body()));
                    } else if (response.status() >= 400) {
                        String fault = ApiOperations.refusalFault(operation.path(), response);
                        if (fault != null) {
                            failures.add(where + " " + fault);
                        }
                        if (!operation.isRead() && !before.equals(ApiOperations.rowCounts(platform.database))) {
                            failures.add(where + " was refused but changed the database");
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

    private static List<Variant> variants(ApiOperations.Operation operation, String foreignMatch) {
        String unknown = operation.pathWith(UUID.randomUUID().toString());
        String foreign = operation.pathWith(foreignMatch);
        String query = hostileQuery(operation);
        List<Variant> variants = new ArrayList<>();
        if (operation.path().contains("{")) {
            // ids no column can hold: right-to-left override, a quote, a NUL
            variants.add(new Variant("impossible ids", operation.pathWith("%E2%80%AE'%00x"), null));
        }
        if (operation.requestSchema() == null) {
            variants.add(new Variant("unknown ids", unknown + query, null));
            variants.add(new Variant("foreign ids", foreign, null));
            return variants;
        }
        variants.add(new Variant("malformed json", unknown, "{\"a\": "));
        variants.add(new Variant("not an object", unknown, "[1, 2, 3]"));
        variants.add(new Variant("wrong types", foreign, hostileBody(operation, Hostility.WRONG_TYPES)));
        variants.add(new Variant("huge strings", unknown, hostileBody(operation, Hostility.HUGE)));
        variants.add(new Variant("overflowing numbers and unknown enums", foreign,
                hostileBody(operation, Hostility.EXTREME)));
        variants.add(new Variant("empty object", unknown + query, "{}"));
        return variants;
    }

    enum Hostility { WRONG_TYPES, HUGE, EXTREME }

    private static String hostileBody(ApiOperations.Operation operation, Hostility hostility) {
        ObjectNode body = JSON.createObjectNode();
        Map<String, JsonNode> properties = operation.bodyProperties();
        if (properties.isEmpty()) {
            return "{\"unexpected\": " + (hostility == Hostility.HUGE ? "\"" + HUGE + "\"" : "-1e400") + "}";
        }
        for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
            JsonNode type = property.getValue();
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

    private static String hostileQuery(ApiOperations.Operation operation) {
        StringBuilder query = new StringBuilder();
        for (String name : operation.queryParameters()) {
            query.append(query.isEmpty() ? "?" : "&").append(name).append("=%00-1e99");
        }
        return query.toString();
    }
}
