package com.footballcoach.analysis.assets;

import com.footballcoach.platform.analysis.AssetPath;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * 480p H.264 preview videos made by {@code ffmpeg} when it is installed: one at a time on a
 * single worker thread, at the lowest CPU priority ({@code nice -n 19} when {@code nice}
 * exists), killed after the configured timeout. Each preview is written beside its video as
 * {@code <name>_preview.mp4}, through a temporary file moved into place, with
 * {@code -movflags +faststart}. Without ffmpeg nothing is queued and {@link #unavailableReason}
 * says why.
 */
@Component
class PreviewVideos implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PreviewVideos.class);
    static final String SUFFIX = AssetPath.PREVIEW_SUFFIX;

    private final AssetSettings.Preview settings;
    private final @Nullable String ffmpeg;
    private final @Nullable String nice;
    private final @Nullable String reason;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "preview-video");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private final Set<Path> queued = ConcurrentHashMap.newKeySet();

    PreviewVideos(AssetSettings settings) {
        this.settings = settings.preview();
        this.ffmpeg = this.settings.enabled() ? executable(this.settings.ffmpeg()).orElse(null) : null;
        this.nice = executable("nice").orElse(null);
        if (!this.settings.enabled()) {
            reason = "Preview videos are switched off (coach.analysis.preview.enabled=false).";
        } else if (ffmpeg == null) {
            reason = "ffmpeg is not installed on the analysis server (Debian: apt-get install ffmpeg).";
        } else {
            reason = null;
        }
        log.info(reason == null ? "Preview videos: made with {}" : "Preview videos: off ({})",
                reason == null ? ffmpeg : reason);
    }

    boolean available() {
        return reason == null;
    }

    /** Why previews are not made, or {@code null} when they are. */
    @Nullable String unavailableReason() {
        return reason;
    }

    /** Where the preview of a video goes (whether or not it exists yet). */
    static Path previewOf(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return video.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + SUFFIX);
    }

    static boolean isPreview(Path file) {
        return file.getFileName().toString().endsWith(SUFFIX);
    }

    /**
     * Queues a preview of the video unless it exists or is queued; {@code done} receives the
     * preview once written. Returns the pending encoding, or empty when nothing was queued.
     */
    Optional<Future<?>> request(Path video, Consumer<Path> done) {
        Path preview = previewOf(video);
        if (!available() || isPreview(video) || Files.exists(preview) || !queued.add(video)) {
            return Optional.empty();
        }
        return Optional.of(worker.submit(() -> {
            try {
                encode(video, preview);
                done.accept(preview);
            } catch (Exception e) {
                log.warn("Preview of {} failed: {}", video, e.toString());
            } finally {
                queued.remove(video);
            }
        }));
    }

    boolean pending(Path video) {
        return queued.contains(video);
    }

    private void encode(Path video, Path preview) throws IOException, InterruptedException {
        Path temp = preview.resolveSibling("." + preview.getFileName() + ".tmp.mp4");
        List<String> command = new ArrayList<>();
        if (nice != null) {
            command.addAll(List.of(nice, "-n", "19"));
        }
        command.addAll(List.of(ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
                "-i", video.toString(),
                "-vf", "scale=-2:'min(" + settings.height() + ",ih)'",
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "28", "-pix_fmt", "yuv420p",
                "-threads", "1", "-c:a", "aac", "-b:a", "96k", "-movflags", "+faststart",
                temp.toString()));
        Path errors = Files.createTempFile("ffmpeg-preview", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(errors.toFile()).start();
        try {
            if (!process.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("ffmpeg took longer than " + settings.timeout());
            }
            if (process.exitValue() != 0) {
                String output = Files.readString(errors);
                throw new IOException("ffmpeg exited with " + process.exitValue() + ": "
                        + output.substring(0, Math.min(output.length(), 500)));
            }
            Files.move(temp, preview, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            log.info("Preview video written: {}", preview);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(temp);
            Files.deleteIfExists(errors);
        }
    }

    /** The command as given when it is a path, else its first match on the {@code PATH}. */
    static Optional<String> executable(String command) {
        if (command.contains(File.separator)) {
            return Files.isExecutable(Path.of(command)) ? Optional.of(command) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String name : windows ? List.of(command + ".exe", command) : List.of(command)) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
