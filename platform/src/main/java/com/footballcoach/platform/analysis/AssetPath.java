package com.footballcoach.platform.analysis;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A path relative to the output root, as clients send it, checked lexically before anything
 * touches the file system: no absolute paths, no {@code ..} or {@code .} segments, no empty
 * segments, no backslashes, no control characters (NUL included) and no {@code %} (the query
 * string is decoded once by the server; a {@code %} left after that is double encoding).
 * The first segment names the run folder, or {@code uploads/<run id>.<ext>} an upload (and
 * {@code uploads/<run id>_preview.mp4} its preview video; run ids are UUIDs, so no run's own id
 * ends in {@code _preview}). The one place of these rules for both apps: the analysis API serves
 * files by them, the product API checks a {@code video_path} by them ({@link OutputRoot}).
 *
 * @param value the path, with {@code /} separators
 * @param runId the run the path belongs to
 */
public record AssetPath(String value, String runId) {

    public static final int MAX_LENGTH = 1024;
    /** The name ending of a preview video made beside a video ({@code match.mp4} → {@code match_preview.mp4}). */
    public static final String PREVIEW_SUFFIX = "_preview.mp4";
    private static final int MAX_SEGMENTS = 16;
    private static final String UPLOADS = "uploads";
    private static final String PREVIEW = PREVIEW_SUFFIX.substring(0, PREVIEW_SUFFIX.indexOf('.'));
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    /** Checks the syntax; throws {@link InvalidAssetPath} (400) when malformed. */
    public static AssetPath parse(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidAssetPath("The path parameter is missing.");
        }
        if (raw.length() > MAX_LENGTH) {
            throw new InvalidAssetPath("The path is longer than " + MAX_LENGTH + " characters.");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw new InvalidAssetPath("The path contains control characters.");
            }
            if (c == '\\') {
                throw new InvalidAssetPath("The path contains a backslash; use '/'.");
            }
            if (c == '%') {
                throw new InvalidAssetPath("The path contains encoded characters.");
            }
        }
        if (raw.startsWith("/") || DRIVE.matcher(raw).matches()) {
            throw new InvalidAssetPath("The path must be relative to the output root.");
        }
        String[] segments = raw.split("/", -1);
        if (segments.length > MAX_SEGMENTS) {
            throw new InvalidAssetPath("The path is too deep.");
        }
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new InvalidAssetPath("The path must not contain empty, '.' or '..' segments.");
            }
        }
        return new AssetPath(raw, runIdOf(segments));
    }

    /** The run of the path's first segments; empty when the path cannot belong to a run. */
    private static String runIdOf(String[] segments) {
        if (segments.length < 2) {
            return "";
        }
        String candidate = segments[0];
        if (candidate.equals(UPLOADS)) {
            candidate = segments.length > 2 ? segments[1] : uploadRun(segments[1]);
        }
        return RUN_ID.matcher(candidate).matches() ? candidate : "";
    }

    /** {@code <run id>.<ext>}, or {@code <run id>_preview.mp4} for the preview video beside it. */
    private static String uploadRun(String name) {
        int dot = name.indexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        return stem.endsWith(PREVIEW) ? stem.substring(0, stem.length() - PREVIEW.length()) : stem;
    }

    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }
}
