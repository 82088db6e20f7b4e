package com.footballcoach.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property-based hostile input (jqwik): generated JSON bodies for every write operation of both
 * apps' OpenAPI documents ({@link ApiOperations}, as {@link HostileInputIT} walks them). Each field
 * gets any JSON value — wrong types, huge, negative and overflowing numbers, unicode, nested junk —
 * or an edge value of its own type; fields go missing, unknown ones appear, and a body is
 * sometimes no object at all. Paths carry the club's own ids or unknown ones. Whatever the body,
 * no answer is a 5xx, every refusal is an RFC 9457 problem, and a refused write changes no table.
 */
class HostileInputPropertiesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");

    private static RunningPlatform platform;
    private static List<ApiOperations.Operation> writes;
    private static List<String> tokens;
    private static List<String> ids;

    /** A generated request: the operation, its path with ids filled in, a JSON body, and who sends it. */
    record HostileWrite(ApiOperations.Operation operation, String path, String body, String token) {

        @Override
        public String toString() {
            return operation.method() + " " + path + " " + ApiOperations.abbreviate(body);
        }
    }

    @BeforeContainer
    static void platformWithAClub() {
        platform = RunningPlatform.get();
        TestAccounts.Club club = TestAccounts.in(platform.database, TestAccounts::newClub);
        String match = TestAccounts.in(platform.database, () -> TestAccounts.newMatch(club));
        String owner = platform.product.login(club.ownerEmail(), TestAccounts.PASSWORD);
        tokens = List.of(owner, platform.product.login(club.coachEmail(), TestAccounts.PASSWORD));
        String player = platform.product.postJson("/api/players", Map.of("name", "Property Player",
                "team_id", club.teamId()), owner).json().get("id").asString();
        ids = List.of(club.teamId(), match, player, club.ownerId(), UUID.randomUUID().toString());
        writes = ApiOperations.of(platform.product, platform.analysis).stream()
                .filter(o -> List.of("POST", "PUT", "PATCH").contains(o.method())).toList();
        // runs of earlier tests write in the background; a refused write is judged by the row counts
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> activeRuns() == 0);
    }

    // the generators name their own edge values; jqwik's would take every try of a body this wide
    @Property(tries = 200, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void answersAnyGeneratedWriteWithoutA5xxAndRefusesWithAProblemThatChangesNothing(
            @ForAll("hostileWrites") HostileWrite write) throws SQLException {
        Map<String, Long> before = ApiOperations.rowCounts(platform.database);

        HttpApi.Response response = write.operation().api().send(write.operation().method(), write.path(),
                write.body(), "application/json", write.token());

        Statistics.label("answer").collect(response.status() / 100 + "xx");
        Statistics.label("app").collect(write.operation().api() == platform.product ? "product" : "analysis");
        assertThat(response.status()).as("%s -> %s", write, ApiOperations.abbreviate(response.body())).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(ApiOperations.refusalFault(write.operation().path(), response)).as("%s -> %d", write,
                    response.status()).isNull();
            assertThat(ApiOperations.rowCounts(platform.database)).as("%s was refused with %d but changed the database",
                    write, response.status()).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<HostileWrite> hostileWrites() {
        assertThat(writes).as("write operations in the OpenAPI documents").hasSizeGreaterThan(30);
        return Arbitraries.of(writes).flatMap(operation -> Combinators.combine(path(operation), body(operation),
                Arbitraries.of(tokens)).as((path, body, token) -> new HostileWrite(operation, path, body, token)));
    }

    private static Arbitrary<String> path(ApiOperations.Operation operation) {
        int parameters = (int) PARAMETER.matcher(operation.path()).results().count();
        if (parameters == 0) {
            return Arbitraries.just(operation.path());
        }
        return Arbitraries.of(ids).list().ofSize(parameters).map(values -> {
            Matcher matcher = PARAMETER.matcher(operation.path());
            StringBuilder path = new StringBuilder();
            int i = 0;
            while (matcher.find()) {
                matcher.appendReplacement(path, Matcher.quoteReplacement(values.get(i++)));
            }
            return matcher.appendTail(path).toString();
        });
    }

    private static Arbitrary<String> body(ApiOperations.Operation operation) {
        Map<String, JsonNode> properties = operation.bodyProperties();
        List<Arbitrary<Optional<String>>> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
            String name = string(property.getKey());
            fields.add(Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(Optional.<String>empty())),
                    Tuple.of(5, typed(property.getValue(), 2).map(v -> Optional.of(name + ":" + v))),
                    Tuple.of(3, anyJson(2).map(v -> Optional.of(name + ":" + v)))));
        }
        fields.add(Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Optional.<String>empty())),
                Tuple.of(1, Combinators.combine(key(), anyJson(1)).as((k, v) -> Optional.of(k + ":" + v)))));
        Arbitrary<String> object = Combinators.combine(fields).as(values -> "{" + String.join(",",
                values.stream().flatMap(Optional::stream).toList()) + "}");
        return Arbitraries.frequencyOf(
                Tuple.of(17, object),
                Tuple.of(2, anyJson(2)),
                Tuple.of(1, Arbitraries.of("[".repeat(3000) + "]".repeat(3000), "{\"a\":" + "[".repeat(3000))));
    }

    /** An edge value of the schema's own type (enum values, dates, ids, bounds, overflow), as JSON text. */
    private static Arbitrary<String> typed(JsonNode schema, int depth) {
        String type = typeOf(schema);
        return switch (type) {
            case "string" -> {
                if (schema.has("enum")) {
                    List<String> values = new ArrayList<>();
                    schema.get("enum").forEach(v -> values.add(string(v.asString())));
                    yield Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(values)), Tuple.of(1, strings()));
                }
                yield Arbitraries.oneOf(strings(), dates(), Arbitraries.of(ids).map(HostileInputPropertiesIT::string));
            }
            case "integer" -> Arbitraries.oneOf(Arbitraries.longs().map(String::valueOf),
                    Arbitraries.integers().between(-5, 200).map(String::valueOf), bigNumbers());
            case "number" -> Arbitraries.oneOf(Arbitraries.doubles().map(String::valueOf), bigNumbers());
            case "boolean" -> Arbitraries.of("true", "false");
            case "array" -> depth == 0 ? Arbitraries.just("[]")
                    : typed(schema.path("items"), depth - 1).list().ofMaxSize(4).map(v -> "[" + String.join(",", v) + "]");
            default -> anyJson(depth);
        };
    }

    /** Any JSON value: scalars of every kind, and arrays and objects of them down to the depth. */
    private static Arbitrary<String> anyJson(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(Arbitraries.of("null", "true", "false", "0", "-1", "\"\""),
                Arbitraries.longs().map(String::valueOf), Arbitraries.doubles().map(String::valueOf), bigNumbers(),
                strings(), dates());
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> array = Arbitraries.lazy(() -> anyJson(depth - 1)).list().ofMaxSize(4)
                .map(v -> "[" + String.join(",", v) + "]");
        Arbitrary<String> object = Combinators.combine(key(), Arbitraries.lazy(() -> anyJson(depth - 1)))
                .as((k, v) -> k + ":" + v).list().ofMaxSize(3).map(v -> "{" + String.join(",", v) + "}");
        return Arbitraries.frequencyOf(Tuple.of(6, scalar), Tuple.of(1, array), Tuple.of(1, object));
    }

    private static Arbitrary<String> bigNumbers() {
        return Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40))
                        .map(BigInteger::toString),
                Arbitraries.of("1e400", "-1e400", "1e-400", "-0", "-0.0", "9223372036854775808", "-9223372036854775809",
                        "2147483648", "-2147483649", "123456789012345678901234567890.123456789", "4.9e-324"));
    }

    private static Arbitrary<String> strings() {
        Arbitrary<String> printable = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(24);
        Arbitrary<String> unicode = Arbitraries.strings().withCharRange('\u0000', '\uD7FF')
                .withCharRange('\uE000', '\uFFFD').ofMaxLength(24);
        Arbitrary<String> special = Arbitraries.of("\u0000", "\u202Eevil", "' OR '1'='1", "\"; DROP TABLE users; --",
                "<script>alert(1)</script>", "😀🏳️‍🌈𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\uFEFF", "%00", "../../etc/passwd", " ", "NaN", "Infinity",
                "-1", "1e999", "true", "null", "x".repeat(300));
        Arbitrary<String> huge = Arbitraries.of("x".repeat(70_000), "😀".repeat(20_000), "é".repeat(40_000));
        return Arbitraries.frequencyOf(Tuple.of(4, printable), Tuple.of(3, unicode), Tuple.of(4, special),
                Tuple.of(1, huge)).map(HostileInputPropertiesIT::string);
    }

    private static Arbitrary<String> dates() {
        return Arbitraries.of("2026-03-19T18:30:00.000", "2026-13-45T25:61:00", "0000-00-00", "9999-12-31T23:59:59Z",
                "2026-02-30", "1969-12-31T23:59:59.999999999-18:00", "+275760-09-13T00:00:00Z", "yesterday", "18:30",
                "25:99").map(HostileInputPropertiesIT::string);
    }

    private static Arbitrary<String> key() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("__proto__", "constructor", "", "id", "user_id", "team_id", "\u202E", "a.b", "$where"))
                .map(HostileInputPropertiesIT::string);
    }

    /** The schema's type; OpenAPI 3.1 may give a list such as {@code ["string", "null"]}. */
    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return "object";
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
            return "object";
        }
        return type.asString();
    }

    private static String string(String value) {
        return JSON.writeValueAsString(value);
    }

    private static long activeRuns() throws SQLException {
        try (Connection c = platform.database.connect(); ResultSet rows = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM analysis_runs WHERE status IN ('QUEUED', 'PROCESSING')")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
