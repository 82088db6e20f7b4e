package com.footballcoach.platform.testing;

import com.footballcoach.platform.identity.JwtKeys;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Access tokens for the apps under test without a login route: only the product API signs users
 * in, so the analysis API's and the platform's tests take a token signed with the test signing
 * key ({@link TestKeys#CURRENT}), as {@code POST /api/token} of the product API would issue it. The
 * app still resolves the account the token names, per request.
 */
public final class TestTokens {

    private static final JwtKeys KEYS = JwtKeys.fromPem(TestKeys.privatePem(TestKeys.CURRENT),
            TestKeys.publicPem(TestKeys.CURRENT));

    private TestTokens() {
    }

    /** A token naming the account with this e-mail, valid for 30 minutes. */
    public static String of(String email) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("football-coach").subject(email)
                .issueTime(Date.from(now.minusSeconds(1))).expirationTime(Date.from(now.plus(Duration.ofMinutes(30))))
                .jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEYS.signingKey().getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(KEYS.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
