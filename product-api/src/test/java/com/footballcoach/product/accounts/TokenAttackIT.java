package com.footballcoach.product.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.platform.testing.TestKeys;
import com.footballcoach.product.ProductApiTest;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every forged, stale or foreign token is refused with 401 and a problem body. */
@ProductApiTest
class TokenAttackIT {

    @LocalServerPort
    int port;

    HttpApi api;
    String email;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        email = "attack-" + UUID.randomUUID() + "@test.club";
        TestAccounts.insertUser(email, "owner", true);
    }

    @Test
    void acceptsAWellFormedTokenSignedWithTheCurrentKey() throws Exception {
        assertThat(api.get("/api/users/me", sign(TestKeys.CURRENT, claims(email).build(), true)).status()).isEqualTo(200);
    }

    @Test
    void acceptsATokenSignedWithThePreviousKeyAfterRotation() throws Exception {
        assertThat(api.get("/api/users/me", sign(TestKeys.PREVIOUS, claims(email).build(), true)).status()).isEqualTo(200);
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("no token", (Attack) (email) -> null),
                Arguments.of("alg none", (Attack) (email) -> new PlainJWT(claims(email).build()).serialize()),
                Arguments.of("HS256 with the public key as secret", (Attack) (email) -> {
                    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(email).build());
                    byte[] secret = TestKeys.publicPem(TestKeys.CURRENT).getBytes();
                    jwt.sign(new MACSigner(secret));
                    return jwt.serialize();
                }),
                Arguments.of("expired", (Attack) (email) -> sign(TestKeys.CURRENT, claims(email)
                        .issueTime(Date.from(Instant.now().minusSeconds(7200)))
                        .expirationTime(Date.from(Instant.now().minusSeconds(3600))).build(), true)),
                Arguments.of("not yet valid (nbf)", (Attack) (email) -> sign(TestKeys.CURRENT, claims(email)
                        .notBeforeTime(Date.from(Instant.now().plusSeconds(3600))).build(), true)),
                Arguments.of("issued in the future", (Attack) (email) -> sign(TestKeys.CURRENT, claims(email)
                        .issueTime(Date.from(Instant.now().plusSeconds(3600)))
                        .expirationTime(Date.from(Instant.now().plusSeconds(7200))).build(), true)),
                Arguments.of("wrong issuer", (Attack) (email) -> sign(TestKeys.CURRENT, claims(email)
                        .issuer("someone-else").build(), true)),
                Arguments.of("tampered payload, old signature", (Attack) (email) -> {
                    String[] parts = sign(TestKeys.CURRENT, claims(email).build(), true).split("\\.");
                    String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(claims(email)
                            .claim("app_role", "account_manager").claim("uid", "x").build().toString().getBytes());
                    return parts[0] + "." + forged + "." + parts[2];
                }),
                Arguments.of("unknown kid", (Attack) (email) -> sign(TestKeys.STRANGER, claims(email).build(), true)),
                Arguments.of("known kid, foreign key", (Attack) (email) -> {
                    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(kid(TestKeys.CURRENT)).build(), claims(email).build());
                    jwt.sign(new RSASSASigner(TestKeys.STRANGER.getPrivate()));
                    return jwt.serialize();
                }),
                Arguments.of("truncated", (Attack) (email) -> {
                    String token = sign(TestKeys.CURRENT, claims(email).build(), true);
                    return token.substring(0, token.length() - 12);
                }),
                Arguments.of("garbage", (Attack) (email) -> "not.a.jwt"),
                Arguments.of("token of an unknown user", (Attack) (email) -> sign(TestKeys.CURRENT,
                        claims("ghost-" + UUID.randomUUID() + "@test.club").build(), true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void refusesWith401(String name, Attack attack) throws Exception {
        HttpApi.Response response = api.get("/api/users/me", attack.token(email));

        assertThat(response.status()).as(name).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void refusesTheTokenOfADeletedUser() throws Exception {
        String token = sign(TestKeys.CURRENT, claims(email).build(), true);
        assertThat(api.get("/api/users/me", token).status()).isEqualTo(200);

        TestAccounts.execute("DELETE FROM users WHERE email = ?", email);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api.get("/api/users/me", token).status()).isEqualTo(401));
    }

    @Test
    void refusesTheTokenOfADeactivatedUser() throws Exception {
        String token = sign(TestKeys.CURRENT, claims(email).build(), true);
        TestAccounts.execute("UPDATE users SET is_active = FALSE WHERE email = ?", email);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api.get("/api/users/me", token).status()).isEqualTo(401));
    }

    @FunctionalInterface
    interface Attack {
        String token(String email) throws Exception;
    }

    static JWTClaimsSet.Builder claims(String email) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer("football-coach").subject(email)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .claim("user_type", "owner").claim("app_role", "account_manager");
    }

    static String sign(KeyPair pair, JWTClaimsSet claims, boolean withKid) throws Exception {
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT);
        if (withKid) {
            header.keyID(kid(pair));
        }
        SignedJWT jwt = new SignedJWT(header.build(), claims);
        jwt.sign(new RSASSASigner(pair.getPrivate()));
        return jwt.serialize();
    }

    static String kid(KeyPair pair) throws Exception {
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).keyIDFromThumbprint().build().getKeyID();
    }
}
