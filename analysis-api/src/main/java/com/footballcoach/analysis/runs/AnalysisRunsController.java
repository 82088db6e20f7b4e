package com.footballcoach.analysis.runs;

import com.footballcoach.platform.analysis.AnalysisSegment;
import com.footballcoach.platform.analysis.Run;
import com.footballcoach.platform.analysis.RunLifecycle;
import com.footballcoach.platform.analysis.RunService;
import com.footballcoach.platform.analysis.RunView;
import com.footballcoach.platform.analysis.UploadedVideo;
import com.footballcoach.platform.analysis.VideoUploads;
import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analysis routes of :8001, on the platform's one run service. Uploads are streamed by
 * {@link VideoUploads} (Spring's multipart resolution is off for this route).
 */
@RestController
@Tag(name = "Analysis runs")
class AnalysisRunsController {

    private final RunService runs;
    private final RunLifecycle lifecycle;
    private final VideoUploads uploads;

    AnalysisRunsController(RunService runs, RunLifecycle lifecycle, VideoUploads uploads) {
        this.runs = runs;
        this.lifecycle = lifecycle;
        this.uploads = uploads;
    }

    record Accepted(String status, String message, String matchId, String analysisId, String videoPath) {
    }

    record Cancelled(String status, String analysisId) {
    }

    record RetryStarted(String status, String analysisId, String originalId, String matchId) {
    }

    record Deleted(String status, String analysisId, boolean purged) {
    }

    record StaleDetection(String status, List<String> marked, int count) {
    }

    record RunSegments(String analysisId, List<AnalysisSegment> segments, int count) {
    }

    record MatchSegments(String matchId, List<AnalysisSegment> segments, int count) {
    }

    record RunSegmentsDeleted(String analysisId, int deleted) {
    }

    record MatchSegmentsDeleted(String matchId, int deleted) {
    }

    @Operation(summary = "Upload a video (multipart file, optional match_id, frame_limit, skip_json, "
            + "confidence_threshold) and queue its analysis")
    @PostMapping("/api/analyze_match")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted analyze(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        String runId = runs.newRunId();
        UploadedVideo video = uploads.receive(request, runId);
        Run run = runs.submit(user, runId, video, video.field("match_id"));
        return new Accepted("accepted", "Video received; analysis queued", run.matchId(), run.id(),
                run.inputVideoPath());
    }

    @Operation(summary = "Status, progress and outputs of one analysis run")
    @GetMapping("/api/analysis_status/{id}")
    RunView status(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return RunView.of(runs.status(user, id));
    }

    @Operation(summary = "The caller's analysis runs, newest first")
    @GetMapping("/api/analysis_history")
    Listing<RunView> history(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "match_id", required = false) @Nullable String matchId,
            @RequestParam(required = false) @Nullable String status, PageRequest page) {
        return runs.history(user, matchId, status, page).map(RunView::of);
    }

    @Operation(summary = "Delete a run record; purge=true also deletes its files and segments")
    @DeleteMapping("/api/analysis_history/{id}")
    Deleted delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean purge) {
        runs.delete(user, id, purge);
        return new Deleted("deleted", id, purge);
    }

    @Operation(summary = "Cancel a queued or running analysis (the upload is kept for a retry)")
    @PostMapping("/api/analysis/{id}/cancel")
    Cancelled cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        runs.cancel(user, id);
        return new Cancelled("cancelled", id);
    }

    @Operation(summary = "Queue a new run of an ended run's video (attempt + 1)")
    @PostMapping("/api/analysis/{id}/retry")
    RetryStarted retry(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        Run retry = runs.retry(user, id);
        return new RetryStarted("retry_started", retry.id(), id, retry.matchId());
    }

    @Operation(summary = "Mark runs without a recent heartbeat FAILED (stale), now")
    @PostMapping("/api/analysis/stale-detection")
    StaleDetection detectStale() {
        List<String> marked = lifecycle.detectStale();
        return new StaleDetection("ok", marked, marked.size());
    }

    @Operation(summary = "The stored segments of one run")
    @GetMapping("/api/analysis/{id}/segments")
    RunSegments segmentsOfRun(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        List<AnalysisSegment> segments = runs.segmentsOfRun(user, id);
        return new RunSegments(id, segments, segments.size());
    }

    @Operation(summary = "The stored segments of every run of a match")
    @GetMapping("/api/matches/{matchId}/segments")
    MatchSegments segmentsOfMatch(@AuthenticationPrincipal CurrentUser user, @PathVariable String matchId) {
        List<AnalysisSegment> segments = runs.segmentsOfMatch(user, matchId);
        return new MatchSegments(matchId, segments, segments.size());
    }

    @Operation(summary = "Delete the stored segments of one run (football.write or account manager); "
            + "409 while the run is queued or running")
    @DeleteMapping("/api/analysis/{id}/segments")
    RunSegmentsDeleted deleteSegmentsOfRun(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return new RunSegmentsDeleted(id, runs.deleteSegmentsOfRun(user, id));
    }

    @Operation(summary = "Delete the stored segments of the caller's runs of a match (football.write or account "
            + "manager); 409 while one of them is queued or running")
    @DeleteMapping("/api/matches/{matchId}/segments")
    MatchSegmentsDeleted deleteSegmentsOfMatch(@AuthenticationPrincipal CurrentUser user,
            @PathVariable String matchId) {
        return new MatchSegmentsDeleted(matchId, runs.deleteSegmentsOfMatch(user, matchId));
    }
}
