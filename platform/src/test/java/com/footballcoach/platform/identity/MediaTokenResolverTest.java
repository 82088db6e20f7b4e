package com.footballcoach.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class MediaTokenResolverTest {

    private final BearerTokenResolver resolver = SecurityConfiguration.mediaAwareTokenResolver();

    @Test
    void readsTheAccessTokenParameterOnGetAndHeadOfTheMediaRoutes() {
        for (String path : SecurityConfiguration.MEDIA_PATHS) {
            assertThat(resolver.resolve(request("GET", path, "t-get"))).isEqualTo("t-get");
            assertThat(resolver.resolve(request("HEAD", path, "t-head"))).isEqualTo("t-head");
        }
    }

    @Test
    void ignoresTheAccessTokenParameterElsewhere() {
        assertThat(resolver.resolve(request("GET", "/api/users/me", "t"))).isNull();
        assertThat(resolver.resolve(request("GET", "/api/analysis/abc/files", "t"))).isNull();
        assertThat(resolver.resolve(request("GET", "/api/analysis/stream/extra", "t"))).isNull();
        assertThat(resolver.resolve(request("POST", "/api/analysis/files", "t"))).isNull();
        assertThat(resolver.resolve(request("DELETE", "/api/analysis/stream", "t"))).isNull();
    }

    @Test
    void prefersTheAuthorizationHeader() {
        MockHttpServletRequest request = request("GET", "/api/analysis/stream", "from-query");
        request.addHeader("Authorization", "Bearer from-header");

        assertThat(resolver.resolve(request)).isEqualTo("from-header");
        MockHttpServletRequest plain = new MockHttpServletRequest("GET", "/api/users/me");
        plain.addHeader("Authorization", "Bearer only-header");
        assertThat(resolver.resolve(plain)).isEqualTo("only-header");
    }

    @Test
    void refusesTwoAccessTokenParameters() {
        MockHttpServletRequest request = request("GET", "/api/analysis/files", "one");
        request.addParameter("access_token", "two");

        assertThatThrownBy(() -> resolver.resolve(request)).isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void readsTheAuthorizationHeaderExactlyAsSpringsDefaultResolverDoes() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjb2FjaCJ9.c2ln-_~+/";
        String[] headers = {null, "", "Basic dXNlcjpwYXNz", "Bearer " + jwt, "bearer " + jwt, "BEARER " + jwt,
            "Bearer " + jwt + "==", "Bearer", "Bearer ", "Bearerx" + jwt, "Bearer  " + jwt, "Bearer " + jwt + " ",
            "Bearer ===", "Bearer a=b", "Bearer a b", "Bearer tok\u00e9n", "Bearer a\tb", "Bearer%20" + jwt,
            "Token " + jwt, "Bearer " + jwt + "=x"};
        DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

        for (String header : headers) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/players");
            if (header != null) {
                request.addHeader("Authorization", header);
            }
            String expected;
            try {
                expected = spring.resolve(request);
            } catch (OAuth2AuthenticationException e) {
                assertThatThrownBy(() -> resolver.resolve(request)).as(header)
                        .isInstanceOf(OAuth2AuthenticationException.class).hasMessage(e.getMessage());
                continue;
            }
            assertThat(resolver.resolve(request)).as(header).isEqualTo(expected);
        }
    }

    private static MockHttpServletRequest request(String method, String path, String token) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        request.addParameter("access_token", token);
        return request;
    }
}
