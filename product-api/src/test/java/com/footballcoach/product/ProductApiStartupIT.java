package com.footballcoach.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ProductApiTest
class ProductApiStartupIT {

    @LocalServerPort
    int port;

    @Test
    void startsOnTheMigratedSchemaAndReportsHealthy() {
        HttpApi api = new HttpApi(port);

        HttpApi.Response health = api.get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void welcomesAnonymousCallersAndPublishesItsOpenApiDocument() {
        HttpApi api = new HttpApi(port);

        assertThat(api.get("/", null).json().get("docs").asString()).isEqualTo("/docs");
        HttpApi.Response openApi = api.get("/v3/api-docs", null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("components").get("securitySchemes").has("bearer")).isTrue();
    }

    @Test
    void documentsSchemasInSnakeCaseWithExamples() {
        tools.jackson.databind.JsonNode schemas = new HttpApi(port).get("/v3/api-docs", null).json()
                .get("components").get("schemas");

        java.util.List<String> names = new java.util.ArrayList<>();
        schemas.properties().forEach(schema -> {
            if (schema.getValue().has("properties")) {
                schema.getValue().get("properties").properties().forEach(p -> names.add(p.getKey()));
            }
        });
        assertThat(names).contains("date_time", "home_team_id", "video_anchor_seconds")
                .noneMatch(name -> name.matches(".*[a-z][A-Z].*"));
        assertThat(schemas.get("PlayerInput").get("properties").get("jersey_number").get("example").asInt()).isEqualTo(8);
        assertThat(schemas.get("TeamCreate").get("properties").get("primary_color").get("example").asString())
                .isEqualTo("#C8102E");
    }

    @Test
    void documentsAListAsTheArrayItWritesWithItsPagingParameters() {
        tools.jackson.databind.JsonNode list = new HttpApi(port).get("/v3/api-docs", null).json()
                .get("paths").get("/api/match_events").get("get");

        tools.jackson.databind.JsonNode schema = list.get("responses").get("200").get("content").values().iterator()
                .next().get("schema");
        assertThat(schema.get("type").asString()).isEqualTo("array");
        assertThat(schema.get("items").get("$ref").asString()).endsWith("/MatchEvent");
        java.util.List<String> parameters = new java.util.ArrayList<>();
        list.get("parameters").forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters).contains("match_id", "limit", "offset");
    }

    @Test
    void answersUnknownRoutesWithAProblemBody() {
        HttpApi.Response response = new HttpApi(port).get("/api/no-such-route", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
    }
}
