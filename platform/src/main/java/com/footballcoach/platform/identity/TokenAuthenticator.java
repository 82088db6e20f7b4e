package com.footballcoach.platform.identity;

import java.util.Optional;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Checks a bearer token outside the HTTP filter chain (a WebSocket handshake): the same decoder,
 * keys and account lookup as every request.
 */
@Component
public class TokenAuthenticator {

    private final JwtDecoder decoder;
    private final UserDirectory users;

    TokenAuthenticator(JwtDecoder decoder, UserDirectory users) {
        this.decoder = decoder;
        this.users = users;
    }

    /** The active user the token names, or empty when the token is invalid or the account gone. */
    public Optional<CurrentUser> authenticate(String token) {
        try {
            return users.activeUser(decoder.decode(token).getSubject());
        } catch (JwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
