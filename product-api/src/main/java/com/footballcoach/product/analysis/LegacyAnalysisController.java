package com.footballcoach.product.analysis;

import com.footballcoach.platform.analysis.Run;
import com.footballcoach.platform.analysis.RunService;
import com.footballcoach.platform.analysis.UploadedVideo;
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

    LegacyAnalysisController(RunService runs, VideoUploads uploads) {
        this.runs = runs;
        this.uploads = uploads;
    }

    record JobAccepted(String jobId, String analysisId, String matchId, String status) {
    }

    record JobStatus(String status, double progress, @Nullable String message) {
    }

    @Operation(summary = "Upload a match video (multipart file, frame_limit, skip_json) and queue its analysis")
    @PostMapping("/api/matches/{matchId}/analyze")
    @ResponseStatus(HttpStatus.ACCEPTED)
    JobAccepted analyze(@AuthenticationPrincipal CurrentUser user, @PathVariable String matchId,
            HttpServletRequest request) {
        runs.requireMatch(user, matchId);
        String runId = runs.newRunId();
        UploadedVideo video = uploads.receive(request, runId);
        Run run = runs.submit(user, runId, video, matchId);
        return new JobAccepted(run.id(), run.id(), run.matchId(), run.status().name());
    }

    @Operation(summary = "Status and progress of one analysis job")
    @GetMapping("/api/analysis/{jobId}/status")
    JobStatus status(@AuthenticationPrincipal CurrentUser user, @PathVariable String jobId) {
        Run run = runs.status(user, jobId);
        return new JobStatus(run.status().name(), run.progress(), run.message());
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
