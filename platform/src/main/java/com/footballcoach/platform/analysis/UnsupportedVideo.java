package com.footballcoach.platform.analysis;

import com.footballcoach.platform.web.DomainException;
import org.springframework.http.HttpStatus;

/**
 * The upload's bytes are not an MP4/MOV, Matroska/WebM or AVI container, or an MP4/MOV whose boxes
 * do not add up to the file (415). Nothing is kept.
 */
public class UnsupportedVideo extends DomainException {

    public UnsupportedVideo() {
        this("The file is not a supported video (MP4, MOV, MKV, WebM or AVI), whatever its name says.");
    }

    UnsupportedVideo(String detail) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
    }

    /** A file that starts like an MP4 or MOV but whose boxes do not add up to it: truncated, or carrying other data. */
    static UnsupportedVideo malformedBoxes(String container) {
        return new UnsupportedVideo("The file starts like an " + container + " video but its boxes do not add up to"
                + " the file: it is truncated or carries other data.");
    }

    @Override
    public String title() {
        return "Unsupported video";
    }
}
