package com.footballcoach.platform.identity;

import com.footballcoach.platform.web.Problems;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.util.ServletRequestPathUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security of both apps: stateless bearer tokens (RS256, every key of the key set accepted),
 * the user resolved from the database on each request, and {@link AccessPolicy} applied in one
 * place, denying what it does not list. Refusals leave as problem bodies.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({JwtSettings.class, CorsSettings.class})
class SecurityConfiguration {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final String ACCESS_TOKEN_PARAMETER = "access_token";
    private static final String BEARER = "Bearer";
    /** The routes a {@code <video src>} or a plain link reaches: the token may come as a query parameter. */
    static final List<String> MEDIA_PATHS = List.of("/api/analysis/files", "/api/analysis/stream",
            "/api/analysis/files/json");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * No observation per security filter: without a tracing backend they only cost (a timer and a
     * context for each of a dozen filters on every request); {@code http.server.requests} still
     * times every request, refusals included.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall, its character rules checked without regular expressions. */
    @Bean
    HttpFirewall httpFirewall() {
        return HeaderCharacters.firewall();
    }

    @Bean
    JwtKeys jwtKeys(JwtSettings settings) {
        return JwtKeys.load(settings);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // cost 10; verifies the $2a$/$2b$/$2y$ hashes of the earlier version unchanged
        return new BCryptPasswordEncoder(10);
    }

    @Bean
    JwtDecoder jwtDecoder(JwtKeys keys, JwtSettings settings, Clock clock) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(keys.publicKeys())));
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
        timestamps.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                timestamps, new JwtIssuerValidator(settings.issuer()), issuedInThePast(clock), requiredClaims())));
        return new VerifiedTokens(decoder, clock, CLOCK_SKEW);
    }

    /**
     * Bearer tokens come in the {@code Authorization} header; on the media routes (GET and
     * HEAD of the analysis files and streams) also as an {@code access_token} query parameter,
     * so that a {@code <video src>} or a download link works. The header wins when both are sent.
     */
    @Bean
    BearerTokenResolver bearerTokenResolver() {
        return mediaAwareTokenResolver();
    }

    static BearerTokenResolver mediaAwareTokenResolver() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        List<RequestMatcher> media = new java.util.ArrayList<>();
        for (String path : MEDIA_PATHS) {
            media.add(paths.matcher(HttpMethod.GET, path));
            media.add(paths.matcher(HttpMethod.HEAD, path));
        }
        RequestMatcher mediaRoutes = new OrRequestMatcher(media);
        return request -> {
            String token = headerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
            if (token != null || !mediaRoutes.matches(request)) {
                return token;
            }
            String[] values = request.getParameterValues(ACCESS_TOKEN_PARAMETER);
            if (values == null || values.length == 0 || values[0].isEmpty()) {
                return null;
            }
            if (values.length > 1) {
                throw new OAuth2AuthenticationException(
                        BearerTokenErrors.invalidRequest("Found multiple bearer tokens in the request"));
            }
            return values[0];
        };
    }

    /**
     * The token of an {@code Authorization: Bearer <token>} header, with the rule of Spring's
     * {@code DefaultBearerTokenResolver} (RFC 6750 b64token characters, then {@code =} padding;
     * anything else after "Bearer" is malformed) checked by a loop instead of a regular expression
     * over the whole token on every request.
     */
    static @Nullable String headerToken(@Nullable String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        int start = BEARER.length() + 1;
        if (header.length() <= start || header.charAt(start - 1) != ' ') {
            throw malformed();
        }
        int end = header.length();
        while (end > start && header.charAt(end - 1) == '=') {
            end--;
        }
        if (end == start) {
            throw malformed();
        }
        for (int i = start; i < end; i++) {
            char c = header.charAt(i);
            boolean b64token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
            if (!b64token) {
                throw malformed();
            }
        }
        return header.substring(start);
    }

    private static OAuth2AuthenticationException malformed() {
        return new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDirectory users, JsonMapper json,
            CorsSettings cors) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .cors(c -> c.configurationSource(corsSource(cors)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .anonymous(a -> {
                })
                .authorizeHttpRequests(authorize -> {
                    authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
                    authorize.anyRequest().access(new PolicyAuthorization());
                })
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new UserConverter(users)))
                        .authenticationEntryPoint((request, response, e) -> unauthorized(request, response, e, json)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> unauthorized(request, response, ex, json))
                        .accessDeniedHandler(accessDenied(json)));
        return http.build();
    }

    private static CorsConfigurationSource corsSource(CorsSettings settings) {
        CorsConfiguration config = new CorsConfiguration();
        List<String> origins = settings.origins();
        if (origins.isEmpty() || origins.contains("*")) {
            config.addAllowedOriginPattern("*");
            config.setAllowCredentials(false);
        } else {
            config.setAllowedOrigins(origins);
            config.setAllowCredentials(true);
        }
        config.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        config.setAllowedHeaders(List.of("*"));
        config.setExposedHeaders(List.of("Content-Range", "Accept-Ranges", "Content-Length", "ETag", "X-Trace-Id",
                "Retry-After", "X-Total-Count", "Link"));
        config.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        return source;
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e, JsonMapper json) throws IOException {
        boolean tokenGiven = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                tokenGiven ? "Bearer error=\"invalid_token\"" : "Bearer");
        String detail = tokenGiven ? "Invalid or expired token." : "Not authenticated.";
        write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized", detail, request));
    }

    private static AccessDeniedHandler accessDenied(JsonMapper json) {
        return (request, response, e) -> write(response, json, Problems.of(HttpStatus.FORBIDDEN, "Forbidden",
                "Your role does not allow this action.", request));
    }

    private static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static OAuth2TokenValidator<Jwt> issuedInThePast(Clock clock) {
        return jwt -> jwt.getIssuedAt() != null && jwt.getIssuedAt().isAfter(clock.instant().plus(CLOCK_SKEW))
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Token issued in the future", null))
                : OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidator<Jwt> requiredClaims() {
        return jwt -> jwt.getSubject() == null || jwt.getExpiresAt() == null || jwt.getIssuedAt() == null
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Missing sub, iat or exp", null))
                : OAuth2TokenValidatorResult.success();
    }

    /** Turns a verified token into the user the database knows; unknown or inactive users are refused. */
    private record UserConverter(UserDirectory users) implements Converter<Jwt, AbstractAuthenticationToken> {

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            CurrentUser user = users.activeUser(jwt.getSubject())
                    .orElseThrow(() -> new InvalidBearerTokenException("The account of this token is gone or inactive"));
            return new UserAuthentication(user, jwt);
        }
    }

    /**
     * Applies {@link AccessPolicy}: the first rule matching the request's method and path (within
     * the application, as Spring MVC routes it) decides; no rule, no access.
     */
    private static final class PolicyAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

        @Override
        public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                RequestAuthorizationContext context) {
            HttpServletRequest request = context.getRequest();
            AccessPolicy.Rule rule = AccessPolicy.ruleFor(HttpMethod.valueOf(request.getMethod()), path(request));
            if (rule == null) {
                return new AuthorizationDecision(false);
            }
            if (rule.access().anonymous()) {
                return new AuthorizationDecision(true);
            }
            return new AuthorizationDecision(authentication.get() instanceof UserAuthentication user
                    && rule.access().grants(user.getPrincipal().role()));
        }

        /** The path as Spring Security's own path matchers read it. */
        private static PathContainer path(HttpServletRequest request) {
            RequestPath path;
            if (ServletRequestPathUtils.hasParsedRequestPath(request)) {
                path = ServletRequestPathUtils.getParsedRequestPath(request);
            } else {
                path = ServletRequestPathUtils.parseAndCache(request);
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
            return path.pathWithinApplication();
        }
    }

    static List<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
