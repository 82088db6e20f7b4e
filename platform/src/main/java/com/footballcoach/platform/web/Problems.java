package com.footballcoach.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem bodies of both apps: {@code type}, {@code title}, {@code status},
 * {@code detail} (always a string: the existing app shows it), {@code instance}, {@code trace_id}
 * and, for validation, {@code errors} as a list of {@code {field, message}}.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String title, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://football-coach.dev/problems/" + slug(title)));
        return decorate(problem, request);
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message()))
                .toList());
        return problem;
    }

    /** Adds what every problem body carries: the instance path and the trace id. */
    public static ProblemDetail decorate(ProblemDetail problem, HttpServletRequest request) {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        if (problem.getDetail() == null) {
            problem.setDetail(problem.getTitle() == null ? "Request failed." : problem.getTitle() + ".");
        }
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(URI.create("https://football-coach.dev/problems/"
                    + slug(problem.getTitle() == null ? "error" : problem.getTitle())));
        }
        problem.setProperty("trace_id", TraceIds.of(request));
        return problem;
    }

    /**
     * Whether an exception (or one of its causes) means the database cannot be reached right now —
     * answered with 503 and Retry-After, wherever it was raised. That includes an SQL error of
     * SQLSTATE class 08 (connection exception), and a transaction that could not be committed or
     * rolled back: when the server goes away under a transaction, the pool closes the broken
     * connection and the rollback fails with "Connection is closed", which is all the exception
     * that reaches us carries (the commit's own failure is only logged by Spring).
     */
    public static boolean isDatabaseUnavailable(@Nullable Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.transaction.TransactionSystemException
                    || (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))) {
                return true;
            }
            if (t instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
                    || t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof org.springframework.dao.TransientDataAccessException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the database refused a value that can never match (characters an ASCII id column
     * cannot hold: MariaDB/MySQL error 1267, "illegal mix of collations") — bad input, not a fault.
     */
    public static boolean isImpossibleValue(@Nullable Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 1267) {
                return true;
            }
        }
        return false;
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** One violated field. */
    public record FieldError(String field, String message) {
    }
}
