package com.footballcoach.analysis.assets;

import com.footballcoach.platform.analysis.AssetPath;
import com.footballcoach.platform.analysis.InvalidAssetPath;
import com.footballcoach.platform.analysis.OutputRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Gets the files of a finished run ready for streaming: every MP4 output is rewritten once to
 * fast-start order ({@link Mp4Faststart}) and, when ffmpeg is installed, gets a 480p preview
 * recorded in the run's outputs as {@code <kind>_preview_path}; every JSON output gets the
 * index its previews are read from ({@link JsonPreviewIndex}).
 *
 * <p>The run lifecycle calls {@link #prepare} when a run completes; streaming calls
 * {@link #ensureFaststart} lazily for files that were never prepared. Both are idempotent and
 * rewrite one file at most once at a time.
 */
@Service
public class AssetPreparation {

    private static final Logger log = LoggerFactory.getLogger(AssetPreparation.class);

    private final Path root;
    private final PreviewVideos previews;
    private final JsonPreviewIndex jsonIndexes;
    private final RunFiles runs;
    private final Map<Path, ReentrantLock> locks = new ConcurrentHashMap<>();
    /** Files known to need nothing, by path and the version (size + modification time) checked. */
    private final Map<Path, String> prepared = new ConcurrentHashMap<>();

    AssetPreparation(AssetSettings settings, PreviewVideos previews, JsonPreviewIndex jsonIndexes, RunFiles runs) {
        this.root = OutputRoot.realRoot(settings.outputRoot());
        this.previews = previews;
        this.jsonIndexes = jsonIndexes;
        this.runs = runs;
    }

    /**
     * What {@link #prepare} did with one output: for a video the faststart outcome and whether a
     * preview was queued, for a JSON file whether a preview index exists now.
     */
    public record PreparedFile(String key, String path, Mp4Faststart.@Nullable Outcome faststart,
            boolean previewQueued, boolean jsonIndexed) {
    }

    /**
     * Prepares the outputs of a run: video faststart now and previews queued, then the JSON
     * preview indexes (one pass over each file). {@code outputs} is the run's outputs object;
     * its {@code *_path} string values are paths relative to the output root. Paths that leave
     * the root or do not exist are skipped.
     */
    public List<PreparedFile> prepare(String runId, Map<String, ?> outputs) {
        List<PreparedFile> done = new ArrayList<>();
        Map<String, Path> jsonFiles = new LinkedHashMap<>();
        for (Map.Entry<String, ?> output : outputs.entrySet()) {
            String key = output.getKey();
            if (!key.endsWith("_path") || key.endsWith("_preview_path") || !(output.getValue() instanceof String value)) {
                continue;
            }
            Path file = inside(value);
            if (file == null) {
                continue;
            }
            if (isJson(file)) {
                jsonFiles.put(key, file);
            } else if (isVideo(file)) {
                Mp4Faststart.Outcome outcome = ensureFaststart(file);
                boolean queued = requestPreview(runId, key.substring(0, key.length() - "_path".length()), file);
                done.add(new PreparedFile(key, value, outcome, queued, false));
            }
        }
        jsonFiles.forEach((key, file) -> done.add(new PreparedFile(key, (String) outputs.get(key), null, false,
                ensureJsonIndex(file))));
        return done;
    }

    /** Builds the preview index of a JSON file unless a current one exists; whether one is stored now. */
    boolean ensureJsonIndex(Path file) {
        try {
            return jsonIndexes.ensure(file) != JsonPreviewIndex.Index.NONE
                    && Files.isRegularFile(JsonPreviewIndex.indexOf(file));
        } catch (IOException | RuntimeException e) {
            log.warn("Preview index of {} not built; previews will build it: {}", file, e.toString());
            return false;
        }
    }

    /**
     * Rewrites an MP4 to fast-start order unless already done; safe to call on every stream
     * request (a checked file costs a map lookup afterwards). Failures are logged and leave the
     * file as it was.
     */
    public Mp4Faststart.Outcome ensureFaststart(Path file) {
        String version = version(file);
        if (version == null || version.equals(prepared.get(file))) {
            return Mp4Faststart.Outcome.ALREADY_FASTSTART;
        }
        ReentrantLock lock = locks.computeIfAbsent(file, f -> new ReentrantLock());
        lock.lock();
        try {
            version = version(file);
            if (version == null || version.equals(prepared.get(file))) {
                return Mp4Faststart.Outcome.ALREADY_FASTSTART;
            }
            long started = System.nanoTime();
            Mp4Faststart.Result result = Mp4Faststart.rewrite(file);
            if (result.outcome() == Mp4Faststart.Outcome.REWRITTEN) {
                log.info("Faststart: rewrote {} in {} ms", file, (System.nanoTime() - started) / 1_000_000);
            } else if (result.outcome() != Mp4Faststart.Outcome.ALREADY_FASTSTART) {
                log.info("Faststart: left {} as it is ({})", file, result.detail());
            }
            String after = version(file);
            if (after != null) {
                prepared.put(file, after);
            }
            return result.outcome();
        } catch (IOException | RuntimeException e) {
            log.warn("Faststart of {} failed; serving it as it is: {}", file, e.toString());
            return Mp4Faststart.Outcome.UNSUPPORTED;
        } finally {
            lock.unlock();
        }
    }

    /** Queues the preview of one output video; records {@code <kind>_preview_path} when written. */
    boolean requestPreview(String runId, String kind, Path video) {
        return previews.request(video, preview -> {
            String relative = root.relativize(preview).toString().replace('\\', '/');
            runs.setOutput(runId, kind + "_preview_path", relative);
        }).isPresent();
    }

    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    static boolean isVideo(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".mp4") || name.endsWith(".m4v") || name.endsWith(".mov");
    }

    private @Nullable Path inside(String relative) {
        try {
            AssetPath path = AssetPath.parse(relative);
            Path real = root.resolve(path.value()).toRealPath();
            return real.startsWith(root) && Files.isRegularFile(real) ? real : null;
        } catch (IOException | InvalidAssetPath e) {
            return null;
        }
    }

    private static @Nullable String version(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return null;
        }
    }
}
