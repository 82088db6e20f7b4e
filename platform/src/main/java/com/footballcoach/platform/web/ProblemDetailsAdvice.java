package com.footballcoach.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one problem mapping of both apps: every error leaves as an RFC 9457 body with a string
 * {@code detail} and a {@code trace_id}. Input errors are 4xx and change nothing; unexpected
 * errors are logged once, here, and answer a 500 without internals.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(e.status(), e.title(), e.getMessage(), request);
        if (e instanceof InvalidInput invalid) {
            Problems.withErrors(problem, List.of(new Problems.FieldError(invalid.field(), invalid.getMessage())));
        }
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String message = "must be a valid " + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName());
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input",
                e.getName() + " " + message + ".", request);
        Problems.withErrors(problem, List.of(new Problems.FieldError(e.getName(), message)));
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<Problems.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problems.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return invalid(errors, request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "Conflict",
                "A record with the same unique values already exists.", request));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        int code = e.getMostSpecificCause() instanceof java.sql.SQLException sql ? sql.getErrorCode() : 0;
        // MariaDB/MySQL: 1406 too long, 1264 out of range, 1366 wrong value, 1452 missing parent, 4025/3819 CHECK
        String detail = switch (code) {
            case 1406, 1264, 1366 -> "A value is too long or out of range.";
            case 1452 -> "The request refers to a record that does not exist.";
            case 4025, 3819 -> "A value is not allowed here.";
            default -> null;
        };
        if (detail != null) {
            return ResponseEntity.unprocessableContent().body(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT,
                    "Invalid input", detail, request));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "Conflict",
                "The change conflicts with related records.", request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (Problems.isImpossibleValue(e)) {
            return ResponseEntity.unprocessableContent().body(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT,
                    "Invalid input", "An id or value contains characters that are not allowed.", request));
        }
        if (Problems.isDatabaseUnavailable(e)) {
            log.warn("Database unavailable: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "2")
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                            "The database is unavailable; try again shortly.", request));
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal server error", "An unexpected error occurred.", request));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(invalid(fieldErrors(e), servletRequest(request)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new Problems.FieldError(result.getMethodParameter().getParameterName() == null
                        ? "parameter" : result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))));
        return asObject(invalid(errors, servletRequest(request)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        Throwable cause = e.getMostSpecificCause();
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = jsonPath(mismatch);
            return asObject(invalid(List.of(new Problems.FieldError(field, "has the wrong type or format")),
                    servletRequest));
        }
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = jsonPath(databind);
            return asObject(invalid(List.of(new Problems.FieldError(field, "is invalid")), servletRequest));
        }
        String detail = cause instanceof JacksonException ? "The request body is not valid JSON."
                : "The request body is missing or unreadable.";
        return asObject(ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "Malformed request",
                detail, servletRequest)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "Not Found",
                "No such resource.", servletRequest(request))));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.of(
                HttpStatus.CONTENT_TOO_LARGE, "Upload too large", "The upload exceeds the size limit.",
                servletRequest(request))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            Problems.decorate(problem, servletRequest(request));
        }
        return response == null ? ResponseEntity.status(status).build() : response;
    }

    static ResponseEntity<ProblemDetail> invalid(List<Problems.FieldError> errors, HttpServletRequest request) {
        String detail = errors.isEmpty() ? "The request is invalid."
                : errors.stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElseThrow() + ".";
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", detail, request);
        return ResponseEntity.unprocessableContent().body(Problems.withErrors(problem, errors));
    }

    private static List<Problems.FieldError> fieldErrors(BindException e) {
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getFieldErrors().forEach(f -> errors.add(new Problems.FieldError(snake(f.getField()),
                f.getDefaultMessage() == null ? "is invalid" : f.getDefaultMessage())));
        e.getGlobalErrors().forEach(g -> errors.add(new Problems.FieldError(g.getObjectName(),
                g.getDefaultMessage() == null ? "is invalid" : g.getDefaultMessage())));
        return errors;
    }

    private static String jsonPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        e.getPath().forEach(ref -> {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        });
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return snake(dot < 0 ? path : path.substring(dot + 1));
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<?> response) {
        return (ResponseEntity) response;
    }
}
