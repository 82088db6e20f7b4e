package com.footballcoach.platform.web;

import org.springframework.http.HttpStatus;

/** The caller is known but may not do this. */
public class Forbidden extends DomainException {

    public Forbidden(String detail) {
        super(HttpStatus.FORBIDDEN, detail);
    }
}
