package com.footballcoach.analysis.assets;

import com.footballcoach.platform.analysis.AssetPath;
import com.footballcoach.platform.analysis.InvalidAssetPath;
import com.footballcoach.platform.analysis.OutputRoot;
import com.footballcoach.platform.identity.CurrentUser;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The output files of one run, read from its {@code outputs} ({@code *_path} keys, relative to
 * the output root) and its uploaded input: what each is, whether it exists, its size and type,
 * and the URLs to download, stream or preview it. A video without a preview gets one queued
 * when ffmpeg is installed.
 */
@Component
class RunOutputs {

    private static final String PATH_SUFFIX = "_path";
    private static final String PREVIEW_SUFFIX = "_preview_path";

    private final AssetAccess access;
    private final OutputRoot outputRoot;
    private final AssetPreparation preparation;
    private final PreviewVideos previews;
    private final JsonMapper mapper;

    RunOutputs(AssetAccess access, OutputRoot outputRoot, AssetPreparation preparation, PreviewVideos previews,
            JsonMapper mapper) {
        this.access = access;
        this.outputRoot = outputRoot;
        this.preparation = preparation;
        this.previews = previews;
        this.mapper = mapper;
    }

    /** The files of a run; {@code previewReason} says why there are no preview videos. */
    record View(String analysisId, boolean previewAvailable, @Nullable String previewReason, List<FileView> files) {
    }

    /**
     * One file. {@code previewStatus}: {@code ready}, {@code pending} (being made),
     * {@code unavailable} (no ffmpeg), or {@code null} for files that are not videos.
     */
    record FileView(String kind, String name, String path, boolean exists, @Nullable Long sizeBytes,
            String contentType, String downloadUrl, @Nullable String streamUrl, @Nullable String jsonUrl,
            @Nullable String previewPath, @Nullable String previewUrl, @Nullable String previewStatus) {
    }

    View list(CurrentUser user, String runId) {
        RunFiles.Run run = access.requireRun(user, runId);
        JsonNode outputs = outputs(run.outputs());
        List<FileView> files = new ArrayList<>();
        String input = run.inputVideoPath();
        if (input != null) {
            relativeInsideRoot(input).ifPresent(path -> files.add(file(run.id(), "input_video", path, null)));
        }
        for (Map.Entry<String, JsonNode> output : outputs.properties()) {
            String key = output.getKey();
            if (!key.endsWith(PATH_SUFFIX) || key.endsWith(PREVIEW_SUFFIX) || !output.getValue().isString()) {
                continue;
            }
            String kind = key.substring(0, key.length() - PATH_SUFFIX.length());
            JsonNode preview = outputs.get(kind + PREVIEW_SUFFIX);
            files.add(file(run.id(), kind, output.getValue().asString(),
                    preview != null && preview.isString() ? preview.asString() : null));
        }
        return new View(run.id(), previews.available(), previews.unavailableReason(), files);
    }

    private FileView file(String runId, String kind, String relative, @Nullable String recordedPreview) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        String contentType = AssetFile.contentTypeOf(name).toString();
        Path real = existing(relative);
        Long size = null;
        if (real != null) {
            try {
                size = Files.size(real);
            } catch (IOException e) {
                real = null;
            }
        }
        boolean video = AssetPreparation.isVideo(Path.of(name));
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        String previewPath = null;
        String previewStatus = null;
        if (video) {
            if (recordedPreview != null && existing(recordedPreview) != null) {
                previewPath = recordedPreview;
            } else if (real != null && Files.isRegularFile(PreviewVideos.previewOf(real))) {
                previewPath = access.root().relativize(PreviewVideos.previewOf(real)).toString().replace('\\', '/');
            }
            if (previewPath != null) {
                previewStatus = "ready";
            } else if (!previews.available()) {
                previewStatus = "unavailable";
            } else if (real != null && (previews.pending(real) || preparation.requestPreview(runId, kind, real))) {
                previewStatus = "pending";
            } else {
                previewStatus = "unavailable";
            }
        }
        return new FileView(kind, name, relative, real != null, size, contentType, url("files", relative),
                video || contentType.startsWith("audio/") ? url("stream", relative) : null,
                json ? url("files/json", relative) : null,
                previewPath, previewPath == null ? null : url("stream", previewPath), previewStatus);
    }

    private static String url(String route, String relative) {
        return "/api/analysis/" + route + "?path=" + URLEncoder.encode(relative, StandardCharsets.UTF_8);
    }

    private JsonNode outputs(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(json);
            return node.isObject() ? node : mapper.createObjectNode();
        } catch (JacksonException e) {
            return mapper.createObjectNode();
        }
    }

    /** The real file of a path the run lists, when it is a regular file inside the root. */
    private @Nullable Path existing(String relative) {
        try {
            Path real = access.root().resolve(AssetPath.parse(relative).value()).toRealPath();
            return real.startsWith(access.root()) && Files.isRegularFile(real) ? real : null;
        } catch (IOException | InvalidAssetPath e) {
            return null;
        }
    }

    /** The input video's path relative to the root, whether stored relative or absolute. */
    private Optional<String> relativeInsideRoot(String stored) {
        try {
            return Optional.of(outputRoot.relative(stored).value());
        } catch (InvalidAssetPath e) {
            return Optional.empty();
        }
    }
}
