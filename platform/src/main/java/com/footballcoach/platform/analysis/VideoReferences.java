package com.footballcoach.platform.analysis;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * The input video of a run form: the uploaded {@code file}, or the video a {@code video_path}
 * field names under the output root. A {@code video_path} goes through the same path rules as
 * the served files ({@link AssetPath} lexically, then {@link OutputRoot} on disk, symlinks
 * resolved); a path inside the root may also be given absolute. When it belongs to a run, that
 * run must be the caller's club's (or the caller's own); a file that belongs to no run (a sample
 * an operator placed under the root) may be named by anyone who may analyse. Its first bytes
 * must be a video container. Every refusal is a 400 {@link InvalidVideoPath}, before any run exists.
 */
@Component
public class VideoReferences {

    private final OutputRoot outputRoot;
    private final RunRepository runs;
    private final ClubScope scope;
    private final VideoUploads uploads;

    VideoReferences(OutputRoot outputRoot, RunRepository runs, ClubScope scope, VideoUploads uploads) {
        this.outputRoot = outputRoot;
        this.runs = runs;
        this.scope = scope;
        this.uploads = uploads;
    }

    /** The video of the form: its file, else its {@code video_path}; both or neither is a 400. */
    public UploadedVideo videoOf(CurrentUser user, VideoUploads.Form form) {
        String videoPath = form.field("video_path");
        UploadedVideo uploaded = form.video();
        if (uploaded != null && videoPath != null) {
            uploads.delete(uploaded.path());
            throw new InvalidVideoPath("Send either a 'file' or a 'video_path', not both.");
        }
        if (uploaded != null) {
            return uploaded;
        }
        if (videoPath == null) {
            throw new InvalidVideoPath("Provide either 'video_path' or upload a 'file'.");
        }
        return resolve(user, videoPath, form);
    }

    private UploadedVideo resolve(CurrentUser user, String videoPath, VideoUploads.Form form) {
        AssetPath path;
        try {
            path = outputRoot.relative(videoPath);
        } catch (InvalidAssetPath e) {
            throw new InvalidVideoPath("video_path: " + e.getMessage());
        }
        Path real = outputRoot.existingFile(path).orElseThrow(VideoReferences::noVideo);
        if (!path.runId().isEmpty() && runs.findById(path.runId()).isPresent()
                && runs.findVisible(path.runId(), scope.teamIds(user), user.id()).isEmpty()) {
            throw noVideo();
        }
        byte[] head = head(real);
        VideoContainer container = VideoContainer.sniff(head, head.length)
                .orElseThrow(() -> new InvalidVideoPath("video_path: the file is not a supported video"
                        + " (MP4, MOV, MKV, WebM or AVI), whatever its name says."));
        String relative = outputRoot.root().relativize(real).toString().replace('\\', '/');
        try {
            return new UploadedVideo(relative, real.getFileName().toString(), null, Files.size(real),
                    container.extension(), form.fields(), false);
        } catch (IOException e) {
            throw noVideo();
        }
    }

    private static byte[] head(Path file) {
        byte[] head = new byte[VideoContainer.SNIFF_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, head.length);
            return read == head.length ? head : Arrays.copyOf(head, read);
        } catch (IOException e) {
            throw noVideo();
        }
    }

    private static InvalidVideoPath noVideo() {
        return new InvalidVideoPath("video_path: no video of yours at this path under the output root.");
    }
}
