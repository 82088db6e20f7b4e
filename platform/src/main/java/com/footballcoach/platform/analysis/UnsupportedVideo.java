package com.footballcoach.platform.analysis;

import com.footballcoach.platform.web.DomainException;
import org.springframework.http.HttpStatus;

/** The upload's bytes are not an MP4/MOV, Matroska/WebM or AVI container (415). Nothing is kept. */
public class UnsupportedVideo extends DomainException {

    public UnsupportedVideo() {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "The file is not a supported video (MP4, MOV, MKV, WebM or AVI), whatever its name says.");
    }

    @Override
    public String title() {
        return "Unsupported video";
    }
}
