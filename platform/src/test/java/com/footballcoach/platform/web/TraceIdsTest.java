package com.footballcoach.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TraceIdsTest {

    @Test
    void echoesASaneRequestIdAndReplacesAnyOther() throws Exception {
        assertThat(traceOf("abc-DEF-0123")).isEqualTo("abc-DEF-0123");
        assertThat(traceOf("a".repeat(64))).isEqualTo("a".repeat(64));
        for (String insane : new String[] {"short", "a".repeat(65), "abc def 123", "abc\r\nX-Evil: 1", "abcdefgh;",
            "caf\u00e9caf\u00e9"}) {
            assertThat(traceOf(insane)).as(insane).matches("[0-9a-f]{32}");
        }
    }

    @Test
    void givesEveryRequestWithoutAnIdAFreshOne() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = traceOf(null);
            assertThat(id).matches("[0-9a-f]{32}");
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }

    private static String traceOf(String requestId) throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/players");
        if (requestId != null) {
            request.addHeader("X-Request-Id", requestId);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new TraceIds().doFilter(request, response, new MockFilterChain());
        assertThat(TraceIds.of(request)).isEqualTo(response.getHeader("X-Trace-Id"));
        return response.getHeader("X-Trace-Id");
    }
}
