package com.footballcoach.platform.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The file-system half of the path rules, for both apps: a lexically checked {@link AssetPath}
 * is resolved against the real output root ({@code ANALYSIS_OUTPUT_ROOT}), symlinks included,
 * and only a regular file whose real location is inside the root, inside the run the path
 * names and outside a {@value #PREVIEW_INDEX_DIRECTORY} folder is found. The analysis API serves
 * files through it; the product API checks a {@code video_path} through it.
 */
@Component
public class OutputRoot {

    /** The analysis API's JSON preview indexes: its own bookkeeping, never a file of a run. */
    public static final String PREVIEW_INDEX_DIRECTORY = ".preview-index";

    private final Path root;

    OutputRoot(AnalysisSettings settings) {
        this.root = realRoot(settings.root());
    }

    /** The real output root (created when missing, so that a fresh install answers 404s, not 500s). */
    public static Path realRoot(Path configured) {
        try {
            Files.createDirectories(configured);
            return configured.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the analysis output root " + configured, e);
        }
    }

    public Path root() {
        return root;
    }

    /** The real file of {@code path}, when it is a regular file of the run it names inside the root. */
    public Optional<Path> existingFile(AssetPath path) {
        Path candidate = root.resolve(path.value()).normalize();
        if (!candidate.startsWith(root) || candidate.equals(root)) {
            return Optional.empty();
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
                || !sameRun(real, path.runId()) || isPreviewIndex(root.relativize(real))) {
            return Optional.empty();
        }
        return Optional.of(real);
    }

    /**
     * A path as stored or sent: relative to the root, or absolute but inside the root (older
     * records and clients); the relative form, checked by {@link AssetPath#parse}.
     *
     * @throws InvalidAssetPath when it is malformed or absolute outside the root
     */
    public AssetPath relative(String stored) {
        if (stored.startsWith("/")) {
            Path normalized;
            try {
                normalized = Path.of(stored).normalize();
            } catch (RuntimeException e) {
                throw new InvalidAssetPath("The path must be relative to the output root.");
            }
            if (!normalized.startsWith(root) || normalized.equals(root)) {
                throw new InvalidAssetPath("The path must be relative to the output root.");
            }
            return AssetPath.parse(root.relativize(normalized).toString().replace('\\', '/'));
        }
        return AssetPath.parse(stored);
    }

    /** Preview indexes are the server's own bookkeeping, not files of the run. */
    private static boolean isPreviewIndex(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().equals(PREVIEW_INDEX_DIRECTORY)) {
                return true;
            }
        }
        return false;
    }

    /** A symlink inside the root must not lead into another run's folder. */
    private boolean sameRun(Path real, String runId) {
        try {
            return AssetPath.parse(root.relativize(real).toString().replace('\\', '/')).runId().equals(runId);
        } catch (InvalidAssetPath e) {
            return false;
        }
    }
}
