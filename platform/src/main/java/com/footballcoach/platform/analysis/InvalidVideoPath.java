package com.footballcoach.platform.analysis;

import com.footballcoach.platform.web.DomainException;
import org.springframework.http.HttpStatus;

/**
 * A {@code video_path} that names no video of the caller's under the output root (400): malformed,
 * outside the root (traversal, an absolute path elsewhere, a symlink leading out), missing, another
 * club's run, or not a video. Nothing is queued.
 */
public class InvalidVideoPath extends DomainException {

    public InvalidVideoPath(String detail) {
        super(HttpStatus.BAD_REQUEST, detail);
    }

    @Override
    public String title() {
        return "Invalid video path";
    }
}
