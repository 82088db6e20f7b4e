package com.footballcoach.platform.analysis;

import com.footballcoach.platform.web.DomainException;
import org.springframework.http.HttpStatus;

/** A file path that is malformed or tries to leave the output root (400). */
public class InvalidAssetPath extends DomainException {

    public InvalidAssetPath(String detail) {
        super(HttpStatus.BAD_REQUEST, detail);
    }
}
