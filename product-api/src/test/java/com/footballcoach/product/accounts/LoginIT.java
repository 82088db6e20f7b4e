package com.footballcoach.product.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.product.ProductApiTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ProductApiTest
class LoginIT {

    @LocalServerPort
    int port;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void issuesABearerTokenWithTheClaimsTheAppReads() {
        TestAccounts.Club club = TestAccounts.newClub();

        HttpApi.Response response = api.postForm("/api/token",
                Map.of("username", club.coachEmail(), "password", TestAccounts.PASSWORD));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("token_type").asString()).isEqualTo("bearer");
        assertThat(body.get("expires_in").asInt()).isEqualTo(1800);
        JsonNode claims = payload(body.get("access_token").asString());
        assertThat(claims.get("sub").asString()).isEqualTo(club.coachEmail());
        assertThat(claims.get("user_type").asString()).isEqualTo("staff");
        assertThat(claims.get("app_role").asString()).isEqualTo("coach");
        assertThat(claims.get("role").asString()).isEqualTo("head_coach");
        assertThat(claims.get("permission_level").asString()).isEqualTo("full_access");
        assertThat(claims.get("team_id").asString()).isEqualTo(club.teamId());
        assertThat(claims.get("staff_id").isString()).isTrue();
        assertThat(claims.get("app_permissions").isArray()).isTrue();
        assertThat(claims.get("iss").asString()).isEqualTo("football-coach");
    }

    @Test
    void answersAWrongPasswordAndAnUnknownEmailTheSameWay() {
        TestAccounts.Club club = TestAccounts.newClub();

        HttpApi.Response wrongPassword = api.postForm("/api/token",
                Map.of("username", club.ownerEmail(), "password", "not-the-password"));
        HttpApi.Response unknown = api.postForm("/api/token",
                Map.of("username", "nobody-" + UUID.randomUUID() + "@test.club", "password", "not-the-password"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("detail")).isEqualTo(unknown.json().get("detail"));
        assertThat(wrongPassword.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(unknown.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(wrongPassword.json().get("detail").asString().toLowerCase()).contains("incorrect password");
    }

    @Test
    void refusesAnInactiveAccountEvenWithTheRightPassword() {
        String email = "inactive-" + UUID.randomUUID() + "@test.club";
        TestAccounts.insertUser(email, "owner", false);

        HttpApi.Response response = api.postForm("/api/token", Map.of("username", email, "password", TestAccounts.PASSWORD));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void throttlesRepeatedFailuresForOneAccountWithRetryAfter() {
        TestAccounts.Club club = TestAccounts.newClub();
        for (int i = 0; i < LoginThrottle.MAX_PER_ACCOUNT; i++) {
            assertThat(api.postForm("/api/token", Map.of("username", club.ownerEmail(), "password", "wrong-" + i))
                    .status()).isEqualTo(401);
        }

        HttpApi.Response throttled = api.postForm("/api/token",
                Map.of("username", club.ownerEmail(), "password", TestAccounts.PASSWORD));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isPositive();
    }

    @Test
    void verifiesBcryptHashesOfTheEarlierVersionUnchanged() {
        String email = "legacy-" + UUID.randomUUID() + "@test.club";
        String id = TestAccounts.insertUser(email, "owner", true);
        // a $2b$ hash of "legacy-password-1", the prefix Python's bcrypt writes
        TestAccounts.execute("UPDATE users SET password_hash = ? WHERE id = ?",
                "$2b$04$MTb7wN0LTtDGR1sP4SETG.WvO2LrFRWSsPYIchMK82MKzfqVdKCA6", id);

        assertThat(api.postForm("/api/token", Map.of("username", email, "password", "legacy-password-1")).status())
                .isEqualTo(200);
    }

    @Test
    void showsTheSignedInUserInTheShapeTheAppParses() {
        TestAccounts.Club club = TestAccounts.newClub();
        String token = api.login(club.analystEmail(), TestAccounts.PASSWORD);

        JsonNode me = api.get("/api/users/me", token).json();

        assertThat(me.get("password_hash").isString()).isTrue();
        assertThat(me.get("password_hash").asString()).isEmpty();
        assertThat(me.get("is_active").isBoolean()).isTrue();
        assertThat(me.get("created_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(me.get("app_role").asString()).isEqualTo("analyst");
    }

    @Test
    void refusesRegistrationOnceTheInstallationHasAnOwner() {
        TestAccounts.newClub();

        HttpApi.Response response = api.postJson("/api/register", Map.of("email", "new-" + UUID.randomUUID()
                + "@test.club", "password", "long-enough-password", "full_name", ""), null);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void rejectsWeakPasswordsAndMalformedEmailsWith422() {
        HttpApi.Response weak = api.postJson("/api/register",
                Map.of("email", "x@test.club", "password", "short", "full_name", ""), null);
        HttpApi.Response malformed = api.postJson("/api/register",
                Map.of("email", "not-an-email", "password", "long-enough-password"), null);

        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void answersMalformedJsonWithAProblemNotA500() {
        HttpApi.Response response = api.postJson("/api/register", "{\"email\": ", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
    }

    private static JsonNode payload(String token) {
        String json = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
    }
}
