package com.footballcoach.platform.web;

import org.springframework.http.HttpStatus;

/**
 * The resource does not exist, or belongs to another club: both answer 404 so that ids of other
 * clubs cannot be probed.
 */
public class NotFound extends DomainException {

    public NotFound(String what) {
        super(HttpStatus.NOT_FOUND, what + " not found.");
    }
}
