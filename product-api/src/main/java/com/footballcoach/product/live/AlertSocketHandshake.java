package com.footballcoach.product.live;

import com.footballcoach.platform.identity.CorsSettings;
import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.identity.TokenAuthenticator;
import com.footballcoach.platform.scope.ClubScope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Admits a WebSocket client: a bearer token in {@code Sec-WebSocket-Protocol} ({@code bearer, <token>}),
 * the {@code Authorization} header or the {@code access_token} query parameter; an Origin, when
 * sent, allowed by {@code CORS_ALLOW_ORIGINS}; and a match the user may see. Refusals answer 401,
 * 403 or 404 before the upgrade.
 */
@Component
class AlertSocketHandshake implements HandshakeInterceptor {

    static final String USER = "user";
    static final String MATCH = "match";

    private final TokenAuthenticator tokens;
    private final ClubScope scope;
    private final CorsSettings cors;
    private final AlertSocketSettings settings;

    AlertSocketHandshake(TokenAuthenticator tokens, ClubScope scope, CorsSettings cors, AlertSocketSettings settings) {
        this.tokens = tokens;
        this.scope = scope;
        this.cors = cors;
        this.settings = settings;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        String origin = request.getHeaders().getOrigin();
        List<String> allowed = cors.origins();
        if (origin != null && !allowed.isEmpty() && !allowed.contains("*") && !allowed.contains(origin)) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        String path = request.getURI().getPath();
        String matchKey = path.substring(path.lastIndexOf('/') + 1);
        if (!matchKey.matches("[A-Za-z0-9-]{1,64}")) {
            response.setStatusCode(HttpStatus.NOT_FOUND);
            return false;
        }
        String token = token(request);
        if (token == null) {
            if (settings.allowAnonymous()) {
                attributes.put(MATCH, matchKey);
                return true;
            }
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return false;
        }
        Optional<CurrentUser> user = tokens.authenticate(token);
        if (user.isEmpty()) {
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            return false;
        }
        if (!scope.canAccessMatchKey(user.get(), matchKey)) {
            response.setStatusCode(HttpStatus.NOT_FOUND);
            return false;
        }
        attributes.put(USER, user.get());
        attributes.put(MATCH, matchKey);
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            @Nullable Exception exception) {
    }

    private static @Nullable String token(ServerHttpRequest request) {
        for (String protocols : request.getHeaders().getOrEmpty("Sec-WebSocket-Protocol")) {
            String[] parts = protocols.split(",");
            for (int i = 0; i + 1 < parts.length; i++) {
                if (parts[i].strip().equalsIgnoreCase("bearer")) {
                    return parts[i + 1].strip();
                }
            }
        }
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        String query = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams().getFirst("access_token");
        return query == null || query.isBlank() ? null : query;
    }
}
