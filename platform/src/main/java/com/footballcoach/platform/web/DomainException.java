package com.footballcoach.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A refused request, named as a fact ({@code MatchNotFound}, {@code UploadTooLarge}). The one
 * problem mapping turns it into an RFC 9457 body with its status and detail.
 */
public abstract class DomainException extends RuntimeException {

    private final HttpStatus status;

    protected DomainException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /** A short title of the kind of problem; the status reason by default. */
    public String title() {
        return status.getReasonPhrase();
    }
}
