package com.footballcoach.platform.analysis;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.Conflict;
import com.footballcoach.platform.web.InvalidInput;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.NotFound;
import com.footballcoach.platform.web.PageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one orchestration path of analysis runs, used by the analysis API's routes and the product
 * API's legacy routes alike: submitting only inserts a QUEUED run (the worker of the analysis
 * API claims it), reads are scoped to the caller's teams (other clubs' runs are 404), and every
 * change publishes its event once written.
 */
@Service
@EnableConfigurationProperties(AnalysisSettings.class)
public class RunService {

    private static final Logger log = LoggerFactory.getLogger(RunService.class);

    private final RunRepository runs;
    private final SegmentRepository segments;
    private final ClubScope scope;
    private final VideoUploads uploads;
    private final AnalysisSettings settings;
    private final ApplicationEventPublisher events;

    RunService(RunRepository runs, SegmentRepository segments, ClubScope scope, VideoUploads uploads,
            AnalysisSettings settings, ApplicationEventPublisher events) {
        this.runs = runs;
        this.segments = segments;
        this.scope = scope;
        this.uploads = uploads;
        this.settings = settings;
        this.events = events;
    }

    /** A new run id; the upload is stored under it before the run exists. */
    public String newRunId() {
        return UUID.randomUUID().toString();
    }

    /**
     * Queues a run of an uploaded video. Without a match id the run gets a generated match key
     * (an ad-hoc upload); with one, the match must be the caller's (a fixture of their teams, or
     * a match key of their earlier runs), else 404. A stored upload is deleted when the run is
     * refused; a video named by {@code video_path} is not.
     */
    public Run submit(CurrentUser user, String runId, UploadedVideo video, @Nullable String matchId) {
        try {
            String match = matchId == null || matchId.isBlank() ? UUID.randomUUID().toString()
                    : requireMatch(user, matchId.trim());
            List<String> teams = scope.teamIds(user);
            runs.insert(new RunRepository.NewRun(runId, match, teams.isEmpty() ? null : teams.get(0), user.id(), null,
                    video.originalName(), video.path(), video.sha256(), video.sizeBytes(),
                    frameLimit(video.field("frame_limit")), bool(video.field("skip_json")),
                    confidence(video.field("confidence_threshold")), 1));
            Run run = runs.findById(runId).orElseThrow();
            log.info("Run {} queued for match {}: {} ({} bytes, sha256 {})", run.id(), match, video.path(),
                    video.sizeBytes(), video.sha256());
            events.publishEvent(new RunQueued(run.id(), run.matchId()));
            return run;
        } catch (RuntimeException e) {
            if (video.stored()) {
                uploads.delete(video.path());
            }
            throw e;
        }
    }

    @Transactional(readOnly = true)
    public Run status(CurrentUser user, String id) {
        return visible(user, id);
    }

    /** The caller's runs, newest first, optionally of one match key and one status. */
    @Transactional(readOnly = true)
    public Listing<Run> history(CurrentUser user, @Nullable String matchId, @Nullable String status,
            PageRequest page) {
        RunStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = RunStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("status", "must be one of QUEUED, PROCESSING, COMPLETED, FAILED, CANCELLED");
            }
        }
        return runs.findAllVisible(scope.teamIds(user), user.id(), matchId == null || matchId.isBlank() ? null : matchId,
                wanted, page);
    }

    /** The latest run of a match the caller may see; empty when it has none (the "NO_ANALYSIS" case). */
    @Transactional(readOnly = true)
    public Optional<Run> latestOfMatch(CurrentUser user, String matchId) {
        return runs.findLatestVisibleByMatch(matchId, scope.teamIds(user), user.id());
    }

    /** Stops a QUEUED or PROCESSING run; the upload stays so the run can be retried. */
    public Run cancel(CurrentUser user, String id) {
        Run run = visible(user, id);
        if (runs.cancel(id) == 0) {
            throw new Conflict("The analysis has already ended (" + runs.findById(id).map(r -> r.status().name())
                    .orElse("deleted") + ").");
        }
        events.publishEvent(new RunFinished(id, run.matchId(), RunStatus.CANCELLED.name(), "Cancelled by user"));
        return runs.findById(id).orElseThrow();
    }

    /** Queues a new run of the same upload and options: attempt + 1, {@code retry_of} the original. */
    public Run retry(CurrentUser user, String id) {
        Run original = visible(user, id);
        if (!original.status().isTerminal()) {
            throw new Conflict("The analysis is still " + original.status().name() + "; cancel it before a retry.");
        }
        if (!Files.isRegularFile(settings.root().resolve(original.inputVideoPath()))) {
            throw new Conflict("The uploaded video of this analysis is gone; upload it again.");
        }
        String runId = newRunId();
        runs.insert(new RunRepository.NewRun(runId, original.matchId(), original.teamId(), user.id(), original.id(),
                original.inputVideoName(), original.inputVideoPath(), original.inputSha256(),
                original.inputSizeBytes(), original.frameLimit(), original.skipJson(),
                original.confidenceThreshold(), original.attempt() + 1));
        Run run = runs.findById(runId).orElseThrow();
        events.publishEvent(new RunQueued(run.id(), run.matchId()));
        return run;
    }

    /**
     * Deletes the run record (its segments and report go with it). With {@code purge} its engine
     * output folder goes too, and the upload once no other run (a retry) still uses it. A running
     * run is cancelled first.
     */
    public void delete(CurrentUser user, String id, boolean purge) {
        Run run = visible(user, id);
        if (runs.cancel(id) > 0) {
            events.publishEvent(new RunFinished(id, run.matchId(), RunStatus.CANCELLED.name(), "Deleted"));
        }
        segments.deleteAllByRun(id);
        runs.deleteById(id);
        if (purge) {
            deleteTree(settings.root().resolve(id));
            if (runs.countByInputPath(run.inputVideoPath()) == 0) {
                uploads.delete(run.inputVideoPath());
            }
        }
    }

    @Transactional(readOnly = true)
    public List<AnalysisSegment> segmentsOfRun(CurrentUser user, String id) {
        visible(user, id);
        return segments.findAllByRun(id);
    }

    /** The segments of every run on a match key the caller may see. */
    @Transactional(readOnly = true)
    public List<AnalysisSegment> segmentsOfMatch(CurrentUser user, String matchId) {
        requireMatch(user, matchId);
        return segments.findAllByMatch(matchId);
    }

    /**
     * Deletes the stored segments of one run the caller may see (else 404) and returns how many
     * went. The run, its alerts and its files stay; its report's segment count becomes 0. Refused
     * (409) while the run is queued or running: the engine would go on storing its windows.
     */
    @Transactional
    public int deleteSegmentsOfRun(CurrentUser user, String id) {
        Run run = visible(user, id);
        if (!run.status().isTerminal()) {
            throw new Conflict("The analysis is still " + run.status().name()
                    + "; cancel it before deleting its segments.");
        }
        return deleteSegments(List.of(id));
    }

    /**
     * Deletes the stored segments of every run on a match key that the caller may see (the match
     * must be theirs, else 404) and returns how many went; segments of runs the caller may not
     * see stay. Refused (409) while one of those runs is queued or running.
     */
    @Transactional
    public int deleteSegmentsOfMatch(CurrentUser user, String matchId) {
        requireMatch(user, matchId);
        List<RunRepository.RunRef> visibleRuns = runs.findAllRefsVisibleByMatch(matchId, scope.teamIds(user), user.id());
        for (RunRepository.RunRef run : visibleRuns) {
            if (!run.status().isTerminal()) {
                throw new Conflict("Analysis " + run.id() + " of this match is still " + run.status().name()
                        + "; cancel it before deleting the match's segments.");
            }
        }
        return deleteSegments(visibleRuns.stream().map(RunRepository.RunRef::id).toList());
    }

    private int deleteSegments(List<String> runIds) {
        int deleted = segments.deleteAllByRuns(runIds);
        runs.clearReportSegmentCounts(runIds);
        log.info("Deleted {} segments of runs {}", deleted, runIds);
        return deleted;
    }

    /** A fixture of the caller's teams, or a match key of the caller's runs; else 404. */
    public String requireMatch(CurrentUser user, String matchId) {
        if (!scope.canAccessMatch(user, matchId) && !runs.existsVisibleByMatch(matchId, scope.teamIds(user), user.id())) {
            throw new NotFound("Match");
        }
        return matchId;
    }

    private Run visible(CurrentUser user, String id) {
        return runs.findVisible(id, scope.teamIds(user), user.id()).orElseThrow(() -> new NotFound("Analysis"));
    }

    private void deleteTree(Path dir) {
        if (!dir.normalize().startsWith(settings.root()) || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Could not delete {}: {}", file, e.getMessage());
                }
            });
        } catch (IOException e) {
            log.warn("Could not purge {}: {}", dir, e.getMessage());
        }
    }

    private static int frameLimit(@Nullable String value) {
        if (value == null) {
            return 0;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit < 0) {
                throw new InvalidInput("frame_limit", "must not be negative");
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new InvalidInput("frame_limit", "must be a whole number");
        }
    }

    private static boolean bool(@Nullable String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("yes"));
    }

    private static double confidence(@Nullable String value) {
        if (value == null) {
            return 0.5;
        }
        try {
            double c = Double.parseDouble(value);
            if (!(c > 0 && c <= 1)) {
                throw new InvalidInput("confidence_threshold", "must be greater than 0 and at most 1");
            }
            return c;
        } catch (NumberFormatException e) {
            throw new InvalidInput("confidence_threshold", "must be a number");
        }
    }
}
