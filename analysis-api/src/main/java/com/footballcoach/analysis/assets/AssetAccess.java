package com.footballcoach.analysis.assets;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.NotFound;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The one gate to analysis files: a path is checked lexically ({@link AssetPath}, 400), its run
 * must belong to a team of the caller's club ({@link ClubScope}, else 404), and only then is it
 * resolved against the output root, symlinks included; a real path outside the root, outside
 * the run it names, inside a {@value JsonPreviewIndex#DIRECTORY} folder, missing or not a
 * regular file answers 404.
 */
@Component
@EnableConfigurationProperties(AssetSettings.class)
class AssetAccess {

    private final RunFiles runs;
    private final ClubScope scope;
    private final Path root;

    AssetAccess(RunFiles runs, ClubScope scope, AssetSettings settings) {
        this.runs = runs;
        this.scope = scope;
        this.root = realRoot(settings.outputRoot());
    }

    /** The real output root (created when missing, so that a fresh install serves 404s, not 500s). */
    static Path realRoot(Path configured) {
        try {
            Files.createDirectories(configured);
            return configured.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the analysis output root " + configured, e);
        }
    }

    Path root() {
        return root;
    }

    /** The file of {@code rawPath} if the caller may read it. */
    AssetFile resolve(CurrentUser user, String rawPath) {
        AssetPath path = AssetPath.parse(rawPath);
        requireRun(user, path.runId());
        Path candidate = root.resolve(path.value()).normalize();
        if (!candidate.startsWith(root) || candidate.equals(root)) {
            throw new NotFound("File");
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            throw new NotFound("File");
        }
        if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
                || !sameRun(real, path.runId()) || isPreviewIndex(root.relativize(real))) {
            throw new NotFound("File");
        }
        return new AssetFile(real, path);
    }

    /** The run, when it exists and belongs to the caller's club (or was started by the caller). */
    RunFiles.Run requireRun(CurrentUser user, String runId) {
        if (runId.isEmpty()) {
            throw new NotFound("File");
        }
        RunFiles.Run run = runs.findById(runId).orElseThrow(() -> new NotFound("File"));
        boolean teamOfClub = run.teamId() != null && scope.teamIds(user).contains(run.teamId());
        boolean ownRun = run.teamId() == null && user.id().equals(run.userId());
        if (!teamOfClub && !ownRun) {
            throw new NotFound("File");
        }
        return run;
    }

    /** Preview indexes are the server's own bookkeeping, not files of the run. */
    private static boolean isPreviewIndex(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().equals(JsonPreviewIndex.DIRECTORY)) {
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
