package com.footballcoach.platform.web;

import org.springframework.http.HttpStatus;

/** The request clashes with the current state (a duplicate, an anchor already set, …). */
public class Conflict extends DomainException {

    public Conflict(String detail) {
        super(HttpStatus.CONFLICT, detail);
    }
}
