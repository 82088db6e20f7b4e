package com.footballcoach.product.assistant;

import com.footballcoach.platform.web.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.footballcoach.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The assistant's errors keep the shape the app shows ({@code answer} repeats {@code message})
 * instead of the platform's problem bodies; only for the assistant's controller.
 */
@RestControllerAdvice(assignableTypes = AssistantController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AssistantErrors {

    private static final Logger log = LoggerFactory.getLogger(AssistantErrors.class);

    @ExceptionHandler(AssistantProblem.class)
    ResponseEntity<AssistantApi.Response> refused(AssistantProblem e) {
        return ResponseEntity.status(e.status()).body(AssistantApi.Response.error(e.getMessage()));
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<AssistantApi.Response> domain(DomainException e) {
        return ResponseEntity.status(e.status()).body(AssistantApi.Response.error(e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<AssistantApi.Response> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(AssistantApi.Response.error("The request body is not valid JSON."));
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<AssistantApi.Response> database(DataAccessException e) {
        if (Problems.isImpossibleValue(e)) {
            return ResponseEntity.unprocessableContent()
                    .body(AssistantApi.Response.error("An id or value contains characters that are not allowed."));
        }
        if (!Problems.isDatabaseUnavailable(e)) {
            log.error("Assistant query failed", e);
            return ResponseEntity.internalServerError()
                    .body(AssistantApi.Response.error("The assistant could not answer; the error was logged."));
        }
        log.warn("Assistant database error: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(AssistantApi.Response.error("The assistant cannot reach the club data right now; try again shortly."));
    }
}
