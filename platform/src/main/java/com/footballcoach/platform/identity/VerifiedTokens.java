package com.footballcoach.platform.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens that passed full verification (RS256 signature, issuer, times, claims)
 * until they expire, so a client sending the same token on every request pays for one
 * verification, not one per request. Only the exact token text that was verified is found
 * again: a token changed in any byte is a different key and goes through the decoder. The
 * account a token names is still resolved per request ({@link UserDirectory}).
 */
final class VerifiedTokens implements JwtDecoder {

    static final int MAX_ENTRIES = 10_000;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Duration clockSkew;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder decoder, Clock clock, Duration clockSkew) {
        this.decoder = decoder;
        this.clock = clock;
        this.clockSkew = clockSkew;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Jwt known = verified.get(token);
        if (known != null) {
            if (stillValid(known, now)) {
                return known;
            }
            verified.remove(token);
        }
        Jwt jwt = decoder.decode(token);
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(entry -> !stillValid(entry, now));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
        return jwt;
    }

    int size() {
        return verified.size();
    }

    /** The expiry rule of the timestamp validator: valid up to {@code exp} plus the allowed skew. */
    private boolean stillValid(Jwt jwt, Instant now) {
        Instant expires = jwt.getExpiresAt();
        return expires != null && now.isBefore(expires.plus(clockSkew));
    }
}
