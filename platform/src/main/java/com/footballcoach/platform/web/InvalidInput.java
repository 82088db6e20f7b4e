package com.footballcoach.platform.web;

import org.springframework.http.HttpStatus;

/** Well-formed input that breaks a rule the annotations cannot express (422). */
public class InvalidInput extends DomainException {

    private final String field;

    public InvalidInput(String field, String detail) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
