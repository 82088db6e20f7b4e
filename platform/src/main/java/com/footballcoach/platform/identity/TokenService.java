package com.footballcoach.platform.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Signs access tokens (RS256) with the claims the existing app reads: {@code sub} = email,
 * {@code user_type}, {@code app_role}, {@code app_permissions} and, for staff, {@code staff_id},
 * {@code team_id}, {@code permission_level}, {@code role}.
 */
@Service
public class TokenService {

    private final JwtKeys keys;
    private final JwtSettings settings;
    private final Clock clock;
    private final RSASSASigner signer;

    TokenService(JwtKeys keys, JwtSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
        try {
            this.signer = new RSASSASigner(keys.signingKey());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An access token for the user, valid for the configured lifetime. */
    public IssuedToken issue(CurrentUser user) {
        Instant now = clock.instant();
        Instant expires = now.plusSeconds(settings.expiresMinutes() * 60L);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .subject(user.email())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .claim("uid", user.id())
                .claim("user_type", user.userType())
                .claim("app_role", user.role().code())
                .claim("app_permissions", user.permissions().stream().map(Permission::code).sorted().toList());
        if (user.staffId() != null) {
            claims.claim("staff_id", user.staffId())
                    .claim("team_id", user.teamId())
                    .claim("permission_level", user.permissionLevel())
                    .claim("role", user.staffRole());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(keys.signingKey().getKeyID()).type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
        return new IssuedToken(jwt.serialize(), "bearer", settings.expiresMinutes() * 60L);
    }

    /** The login answer: {@code {"access_token", "token_type": "bearer", "expires_in"}}. */
    public record IssuedToken(String accessToken, String tokenType, long expiresIn) {
    }

}
