package com.footballcoach.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a trace id (the caller's {@code X-Request-Id} when it is sane), echoed in
 * {@code X-Trace-Id}, put in the log context and in every problem body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TraceIds extends OncePerRequestFilter {

    static final String ATTRIBUTE = TraceIds.class.getName();
    private static final String HEADER = "X-Trace-Id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader("X-Request-Id");
        String traceId = given != null && sane(given) ? given : newTraceId();
        request.setAttribute(ATTRIBUTE, traceId);
        response.setHeader(HEADER, traceId);
        MDC.put("trace_id", traceId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("trace_id");
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    /** The trace id of the current request, or a fresh one outside a request. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id instanceof String s ? s : newTraceId();
    }

    /** 8 to 64 of {@code [A-Za-z0-9-]}: safe to echo in a header, a log line and a problem body. */
    static boolean sane(String id) {
        if (id.length() < 8 || id.length() > 64) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * 32 hex digits of 128 random bits. A trace id only needs to be unique, not unguessable: a
     * thread-local generator, not the shared SecureRandom of {@code UUID.randomUUID()}.
     */
    static String newTraceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong());
    }
}
