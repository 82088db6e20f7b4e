package com.footballcoach.product.analysis;

import com.footballcoach.platform.analysis.Run;
import com.footballcoach.platform.analysis.RunService;
import com.footballcoach.platform.analysis.UploadedVideo;
import com.footballcoach.platform.analysis.VideoReferences;
import com.footballcoach.platform.analysis.VideoUploads;
import com.footballcoach.platform.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/matches/{match_id}/analyze}, {@code GET /api/analysis/{job_id}/status} and
 * {@code GET /api/matches/{match_id}/analysis}: the shapes the app's Analysis tab reads, over the
 * same run service and runs as :8001 (the job id is the run id).
 */
@RestController
@Tag(name = "Analysis (match-scoped)")
class LegacyAnalysisController {

    private final RunService runs;
    private final VideoUploads uploads;
    private final VideoReferences references;

    LegacyAnalysisController(RunService runs, VideoUploads uploads, VideoReferences references) {
        this.runs = runs;
        this.uploads = uploads;
        this.references = references;
    }

    record JobAccepted(String jobId, String analysisId, String matchId, String status) {
    }

    /**
     * What the original's job service answered ({@code job_id}, {@code status}, {@code progress},
     * {@code message} — {@code ""} when there is none — and {@code outputs}, {@code {}} until the
     * run completes), plus {@code match_id} and {@code error}.
     */
    record JobStatus(String jobId, String matchId, String status, double progress, String message,
            Map<String, Object> outputs, @Nullable String error) {
    }

    @Operation(summary = "Queue the analysis of a match video: multipart file (or video_path, a video already under"
            + " the output root), frame_limit, skip_json")
    @PostMapping("/api/matches/{matchId}/analyze")
    @ResponseStatus(HttpStatus.ACCEPTED)
    JobAccepted analyze(@AuthenticationPrincipal CurrentUser user, @PathVariable String matchId,
            HttpServletRequest request) {
        runs.requireMatch(user, matchId);
        String runId = runs.newRunId();
        UploadedVideo video = references.videoOf(user, uploads.receiveForm(request, runId));
        Run run = runs.submit(user, runId, video, matchId);
        return new JobAccepted(run.id(), run.id(), run.matchId(), run.status().name());
    }

    @Operation(summary = "Status, progress and outputs of one analysis job")
    @GetMapping("/api/analysis/{jobId}/status")
    JobStatus status(@AuthenticationPrincipal CurrentUser user, @PathVariable String jobId) {
        Run run = runs.status(user, jobId);
        return new JobStatus(run.id(), run.matchId(), run.status().name(), run.progress(),
                run.message() == null ? "" : run.message(), run.outputs(), run.error());
    }

    @Operation(summary = "The latest analysis of a match with its outputs, or {\"status\":\"NO_ANALYSIS\"}")
    @GetMapping("/api/matches/{matchId}/analysis")
    Map<String, Object> ofMatch(@AuthenticationPrincipal CurrentUser user, @PathVariable String matchId) {
        runs.requireMatch(user, matchId);
        return runs.latestOfMatch(user, matchId).map(LegacyAnalysisController::analysis)
                .orElseGet(() -> Map.of("status", "NO_ANALYSIS"));
    }

    private static Map<String, Object> analysis(Run run) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("job_id", run.id());
        body.put("analysis_id", run.id());
        body.put("match_id", run.matchId());
        body.put("status", run.status().name());
        body.put("progress", run.progress());
        body.put("message", run.message());
        body.put("outputs", run.outputs());
        body.put("error", run.error());
        body.put("submitted_at", run.submittedAt());
        body.put("completed_at", run.completedAt());
        return body;
    }
}
