package com.footballcoach.platform.analysis;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A video streamed to disk under a generated name, with the other form fields of its request.
 *
 * @param path         relative to the output root, e.g. {@code uploads/<run id>.mp4}
 * @param originalName the client's file name, for display only (it never reaches the file system)
 * @param fields       the text fields of the form ({@code match_id}, {@code frame_limit}, …)
 */
public record UploadedVideo(String path, @Nullable String originalName, String sha256, long sizeBytes,
        String container, Map<String, String> fields) {

    public @Nullable String field(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
