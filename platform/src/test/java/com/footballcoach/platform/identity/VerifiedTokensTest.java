package com.footballcoach.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final List<String> verifications = new ArrayList<>();
    private Instant now = ISSUED;
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    /** Accepts tokens named "good-…" until their expiry plus the skew, as the real validator does. */
    private final JwtDecoder decoder = token -> {
        verifications.add(token);
        if (!token.startsWith("good") || now.isAfter(ISSUED.plus(Duration.ofMinutes(30)).plus(SKEW))) {
            throw new BadJwtException("refused");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("coach@demo.club").issuedAt(ISSUED)
                .expiresAt(ISSUED.plus(Duration.ofMinutes(30))).build();
    };
    private final VerifiedTokens tokens = new VerifiedTokens(decoder, clock, SKEW);

    @Test
    void verifiesEachTokenOnceWhileItIsValid() {
        for (int i = 0; i < 5; i++) {
            assertThat(tokens.decode("good-a").getSubject()).isEqualTo("coach@demo.club");
        }
        tokens.decode("good-b");

        assertThat(verifications).containsExactly("good-a", "good-b");
    }

    @Test
    void neverRemembersARefusedToken() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).containsExactly("forged", "forged");
    }

    @Test
    void refusesARememberedTokenOnceItHasExpired() {
        tokens.decode("good-a");
        now = ISSUED.plus(Duration.ofMinutes(30)).plus(SKEW).plusSeconds(1);

        assertThatThrownBy(() -> tokens.decode("good-a")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).containsExactly("good-a", "good-a");
    }

    @Test
    void staysBoundedWhenManyTokensArrive() {
        for (int i = 0; i <= VerifiedTokens.MAX_ENTRIES; i++) {
            tokens.decode("good-" + i);
        }
        tokens.decode("good-" + VerifiedTokens.MAX_ENTRIES);

        assertThat(tokens.size()).isLessThanOrEqualTo(VerifiedTokens.MAX_ENTRIES);
        assertThat(verifications).hasSize(VerifiedTokens.MAX_ENTRIES + 1);
    }
}
