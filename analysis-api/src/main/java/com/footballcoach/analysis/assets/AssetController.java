package com.footballcoach.analysis.assets;

import com.footballcoach.platform.analysis.InvalidAssetPath;
import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.web.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

/**
 * The files of analysis runs, for the club that owns the run: whole files, byte-range streams
 * a player can seek, JSON documents and their previews, and the list of a run's outputs.
 * Media routes also accept the token as an {@code access_token} query parameter, so that a
 * {@code <video src>} works.
 */
@RestController
@Tag(name = "Analysis assets")
class AssetController {

    private final AssetAccess access;
    private final FileResponses responses;
    private final AssetPreparation preparation;
    private final JsonPreview jsonPreview;
    private final RunOutputs runOutputs;

    AssetController(AssetAccess access, FileResponses responses, AssetPreparation preparation,
            JsonPreview jsonPreview, RunOutputs runOutputs) {
        this.access = access;
        this.responses = responses;
        this.preparation = preparation;
        this.jsonPreview = jsonPreview;
        this.runOutputs = runOutputs;
    }

    @Operation(summary = "A file of an analysis run (byte ranges honoured; ?download=true for an attachment)")
    @RequestMapping(path = "/api/analysis/files", method = {RequestMethod.GET, RequestMethod.HEAD})
    void file(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String path,
            @RequestParam(defaultValue = "false") boolean download, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        AssetFile file = access.resolve(user, path);
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(file.path().fileName(), StandardCharsets.UTF_8).build();
        responses.write(file, file.contentType(), true, disposition, request, response);
    }

    @Operation(summary = "A video or other file of an analysis run as a seekable byte-range stream")
    @RequestMapping(path = "/api/analysis/stream", method = {RequestMethod.GET, RequestMethod.HEAD})
    void stream(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String path,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        AssetFile file = access.resolve(user, path);
        if (file.isMp4()) {
            preparation.ensureFaststart(file.real());
        }
        responses.write(file, file.contentType(), true, null, request, response);
    }

    @Operation(summary = "A JSON file of an analysis run; ?preview=true&max_items=N cuts large arrays and counts them")
    @GetMapping("/api/analysis/files/json")
    void json(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String path,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestParam(name = "max_items", defaultValue = "" + JsonPreview.DEFAULT_ITEMS) int maxItems,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        AssetFile file = access.resolve(user, path);
        if (!file.path().fileName().toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new InvalidAssetPath("Not a JSON file.");
        }
        if (!preview) {
            responses.write(file, MediaType.APPLICATION_JSON, false, null, request, response);
            return;
        }
        byte[] body;
        try {
            body = jsonPreview.preview(file, maxItems);
        } catch (JacksonException e) {
            throw new InvalidInput("path", "The file is not valid JSON: " + e.getOriginalMessage());
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Operation(summary = "The output files of one analysis run: kind, name, size, content type, URLs, preview video")
    @GetMapping("/api/analysis/{id}/files")
    RunOutputs.View runFiles(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return runOutputs.list(user, id);
    }
}
