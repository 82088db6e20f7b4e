package com.footballcoach.platform.analysis;

import com.footballcoach.platform.web.DomainException;
import org.springframework.http.HttpStatus;

/** The uploaded video is larger than {@code ANALYSIS_MAX_UPLOAD} (413). Nothing is kept. */
public class UploadTooLarge extends DomainException {

    public UploadTooLarge(long limitBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "The video exceeds the upload limit of " + limitBytes + " bytes.");
    }

    @Override
    public String title() {
        return "Upload too large";
    }
}
