package com.footballcoach.platform.analysis;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The input video of a run, with the other form fields of its request: a video streamed to disk
 * under a generated name, or one already under the output root that a {@code video_path} names.
 *
 * @param path         relative to the output root, e.g. {@code uploads/<run id>.mp4}
 * @param originalName the client's file name, for display only (it never reaches the file system)
 * @param sha256       of the bytes received; {@code null} for a referenced video (not read again)
 * @param fields       the text fields of the form ({@code match_id}, {@code frame_limit}, …)
 * @param stored       whether this request stored the file, so that a refused run deletes it;
 *                     {@code false} for a referenced video, which is never deleted on its behalf
 */
public record UploadedVideo(String path, @Nullable String originalName, @Nullable String sha256, long sizeBytes,
        String container, Map<String, String> fields, boolean stored) {

    public @Nullable String field(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
