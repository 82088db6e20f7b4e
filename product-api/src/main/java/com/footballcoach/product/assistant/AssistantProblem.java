package com.footballcoach.product.assistant;

import org.springframework.http.HttpStatus;

/** A refused assistant request: answered as {@code {status:"error", message, answer}} with its HTTP status. */
final class AssistantProblem extends RuntimeException {

    private final HttpStatus status;

    AssistantProblem(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
