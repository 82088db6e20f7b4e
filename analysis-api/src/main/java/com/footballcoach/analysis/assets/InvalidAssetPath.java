package com.footballcoach.analysis.assets;

import com.footballcoach.platform.web.DomainException;
import org.springframework.http.HttpStatus;

/** A file path that is malformed or tries to leave the output root (400). */
class InvalidAssetPath extends DomainException {

    InvalidAssetPath(String detail) {
        super(HttpStatus.BAD_REQUEST, detail);
    }
}
