package com.footballcoach.analysis.assets;

import com.footballcoach.platform.analysis.AssetPath;
import com.footballcoach.platform.analysis.OutputRoot;
import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.NotFound;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The one gate to analysis files: a path is checked lexically ({@link AssetPath}, 400), its run
 * must belong to a team of the caller's club ({@link ClubScope}, else 404), and only then is it
 * resolved against the output root by the platform's {@link OutputRoot}, symlinks included; a
 * real path outside the root, outside the run it names, inside a preview-index folder, missing
 * or not a regular file answers 404.
 */
@Component
@EnableConfigurationProperties(AssetSettings.class)
class AssetAccess {

    private final RunFiles runs;
    private final ClubScope scope;
    private final OutputRoot outputRoot;

    AssetAccess(RunFiles runs, ClubScope scope, OutputRoot outputRoot) {
        this.runs = runs;
        this.scope = scope;
        this.outputRoot = outputRoot;
    }

    Path root() {
        return outputRoot.root();
    }

    /** The file of {@code rawPath} if the caller may read it. */
    AssetFile resolve(CurrentUser user, String rawPath) {
        AssetPath path = AssetPath.parse(rawPath);
        requireRun(user, path.runId());
        Path real = outputRoot.existingFile(path).orElseThrow(() -> new NotFound("File"));
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
}
