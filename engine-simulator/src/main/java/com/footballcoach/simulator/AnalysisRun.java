package com.footballcoach.simulator;

import com.footballcoach.contract.analysis.AnalysisRequest;
import com.footballcoach.contract.analysis.AnalysisResponse;
import com.footballcoach.contract.analysis.AnalysisResult;
import com.footballcoach.contract.analysis.TacticalAlert;
import com.footballcoach.simulator.MatchScript.SegmentPlan;
import com.footballcoach.simulator.media.VideoDuration;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * One {@code AnalyzeVideo} call, played on a worker thread: the packets in the engine's order,
 * a pause between them, the output files, and a prompt stop when the client cancels or the
 * simulator closes.
 */
final class AnalysisRun implements Runnable {

    static final double FPS = 25.0;
    static final int PLAYERS_TRACKED = 22;
    static final double FALLBACK_SECONDS = 90;

    private static final Logger log = LoggerFactory.getLogger(AnalysisRun.class);

    private final AnalysisRequest request;
    private final ServerCallStreamObserver<AnalysisResponse> responses;
    private final SimulatorSettings settings;
    private final Behaviour behaviour;
    private final JsonMapper json;
    private final OutputFiles outputFiles;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final long startedNanos = System.nanoTime();

    AnalysisRun(AnalysisRequest request, ServerCallStreamObserver<AnalysisResponse> responses,
            SimulatorSettings settings, Behaviour behaviour, JsonMapper json) {
        this.request = request;
        this.responses = responses;
        this.settings = settings;
        this.behaviour = behaviour;
        this.json = json;
        this.outputFiles = new OutputFiles(json, settings.outputRoot());
    }

    String runId() {
        return request.getMatchId();
    }

    /** Stops the run at its next packet or pause: the client cancelled or the simulator closes. */
    void stop() {
        stopped.countDown();
    }

    private boolean isStopped() {
        return stopped.getCount() == 0 || responses.isCancelled();
    }

    @Override
    public void run() {
        try {
            play();
        } catch (Stopped ex) {
            log.info("Run {} stopped: {}", runId(), ex.getMessage());
            endIfSimulatorCloses();
        } catch (StatusRuntimeException ex) {
            log.info("Run {} ended by the transport: {}", runId(), ex.getStatus());
        } catch (RuntimeException | IOException ex) {
            log.warn("Run {} failed", runId(), ex);
            sendQuietly(failed("Engine error: " + ex.getMessage()));
        }
    }

    private void play() throws IOException {
        send(packet("QUEUED", 0, "Queued run " + runId()));

        Optional<Path> video = resolveVideo(request.getVideoPath());
        if (video.isEmpty()) {
            send(failed("Video not found or not readable: " + request.getVideoPath()));
            complete();
            return;
        }
        Optional<Duration> probed;
        try {
            probed = VideoDuration.read(video.get());
        } catch (IOException ex) {
            send(failed("Cannot read video " + request.getVideoPath() + ": " + ex.getMessage()));
            complete();
            return;
        }
        double durationSec = probed.map(d -> d.toMillis() / 1000.0).filter(s -> s > 0).orElse(FALLBACK_SECONDS);
        double analysedSec = durationSec;
        if (request.getFrameLimit() > 0) {
            analysedSec = Math.min(durationSec, request.getFrameLimit() / FPS);
        }
        send(packet("PROCESSING", 0.01, probed.isPresent()
                ? "Reading video: %.1f s at %.0f fps, analysing %.1f s".formatted(durationSec, FPS, analysedSec)
                : "Video duration unknown for this container, assuming %.0f s".formatted(FALLBACK_SECONDS)));

        long seed = seed(video.get(), durationSec);
        MatchScript script = MatchScript.plan(seed, analysedSec, settings.segmentSeconds());
        List<SegmentPlan> segments = script.segments();
        for (SegmentPlan segment : segments) {
            int index = segment.report().segmentIndex();
            if (index == behaviour.failAtSegment()) {
                send(failed("Simulated engine failure at segment " + index));
                complete();
                return;
            }
            if (index == behaviour.hangAtSegment()) {
                log.info("Run {} hangs at segment {} until cancelled", runId(), index);
                awaitStop();
                endIfSimulatorCloses();
                return;
            }
            if (index == behaviour.dropAtSegment()) {
                log.info("Run {} drops the stream at segment {}", runId(), index);
                complete();
                return;
            }
            double before = (index + 0.5) / segments.size() * 0.95;
            send(packet("PROCESSING", before, "Tracking players %d%%".formatted(Math.round(before * 100))));
            double after = (index + 1.0) / segments.size() * 0.95;
            send(packet("SEGMENT_DONE", after, json.writeValueAsString(segment.report())));
            Optional<TacticalAlert> alert = segment.alert().map(AnalysisRun::toAlert);
            if (alert.isPresent()) {
                send(packet("ALERT", after, json.writeValueAsString(segment.alert().get().extras()))
                        .setAlert(alert.get()));
            }
        }

        send(packet("PROCESSING", 0.97, "Writing output files"));
        int totalFrames = (int) Math.round(analysedSec * FPS);
        OutputFiles.Metadata metadata = new OutputFiles.Metadata(runId(), request.getVideoPath(), durationSec,
                probed.isPresent(), MatchScript.round(analysedSec, 3), FPS, totalFrames, request.getFrameLimit(),
                request.getConfidenceThreshold() > 0 ? request.getConfidenceThreshold() : 0.5,
                request.getBallConfidence(), request.getMaxLostFrames(), request.getEnableReid(),
                request.getTargetTeam(), request.getCameraCount(), request.getCameraType(),
                !request.getCalibrationJson().isBlank(), !request.getRoiJson().isBlank(), "engine-simulator");
        Optional<OutputFiles.Written> written = outputFiles.write(runId(), video.get(), metadata, script, seed,
                request.getSkipJson(), this::isStopped);
        if (written.isEmpty()) {
            throw new Stopped("cancelled while writing outputs");
        }
        AnalysisResult result = AnalysisResult.newBuilder()
                .setMatchId(runId())
                .setTotalFrames(totalFrames)
                .setPlayersTracked(PLAYERS_TRACKED)
                .setFps(FPS)
                .setProcessingTimeSeconds(elapsedSeconds())
                .setTrackingVideoPath(written.get().trackingVideo())
                .setTrackingJsonPath(written.get().trackingData())
                .setPossessionAnalysisPath(written.get().possession())
                .setTacticalAdvisoryPath(written.get().advisory())
                .setHeatmapVideoPath(written.get().heatmapVideo())
                .setBacklineVideoPath(written.get().backlineVideo())
                .setAnimationVideoPath(written.get().animationVideo())
                .build();
        send(packet("COMPLETED", 1.0, "Analysis completed: %d segments".formatted(segments.size()))
                .setResult(result));
        complete();
        log.info("Run {} completed: {} segments, {} s of video", runId(), segments.size(), analysedSec);
    }

    private Optional<Path> resolveVideo(String videoPath) {
        if (videoPath.isBlank()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(videoPath);
            Path resolved = path.isAbsolute() ? path : settings.outputRoot().resolve(path);
            return Files.isRegularFile(resolved) && Files.isReadable(resolved)
                    ? Optional.of(resolved.normalize())
                    : Optional.empty();
        } catch (InvalidPathException ex) {
            return Optional.empty();
        }
    }

    /** The same run id and the same video (size and duration) give the same story. */
    private long seed(Path video, double durationSec) throws IOException {
        long size = Files.size(video);
        return runId().hashCode() * 1_000_003L ^ (size * 31 + Math.round(durationSec * 1000));
    }

    private static TacticalAlert toAlert(AlertPlan plan) {
        return TacticalAlert.newBuilder()
                .setAlertId(plan.alertId())
                .setTimestamp(plan.timestamp())
                .setSeverityScore((float) plan.severityScore())
                .setSeverityLabel(plan.severityLabel())
                .setCategory(plan.category().name())
                .setDecisionType(plan.category().decisionType())
                .setStatus(plan.status())
                .setAction(plan.category().action())
                .setReviewCountdown(plan.reviewCountdown())
                .setCategoryTriggerCount(plan.categoryTriggerCount())
                .build();
    }

    private AnalysisResponse.Builder packet(String status, double progress, String message) {
        return AnalysisResponse.newBuilder()
                .setMatchId(runId())
                .setStatus(status)
                .setProgress((float) Math.max(0, Math.min(1, progress)))
                .setMessage(message);
    }

    private AnalysisResponse.Builder failed(String reason) {
        return packet("FAILED", 1.0, reason).setResult(AnalysisResult.newBuilder()
                .setMatchId(runId())
                .setErrorMessage(reason)
                .setProcessingTimeSeconds(elapsedSeconds())
                .build());
    }

    private double elapsedSeconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private void send(AnalysisResponse.Builder packet) {
        if (isStopped()) {
            throw new Stopped("cancelled before " + packet.getStatus());
        }
        responses.onNext(packet.build());
        pause();
    }

    private void sendQuietly(AnalysisResponse.Builder packet) {
        try {
            if (!isStopped()) {
                responses.onNext(packet.build());
                responses.onCompleted();
            }
        } catch (RuntimeException ex) {
            log.debug("Run {}: could not report the failure", runId(), ex);
        }
    }

    private void complete() {
        if (!isStopped()) {
            responses.onCompleted();
        }
    }

    /** Stopped by the simulator rather than by the client: end the call instead of leaving it open. */
    private void endIfSimulatorCloses() {
        if (!responses.isCancelled()) {
            try {
                responses.onError(Status.UNAVAILABLE.withDescription("engine simulator shutting down")
                        .asRuntimeException());
            } catch (RuntimeException ex) {
                log.debug("Run {}: call already closed", runId(), ex);
            }
        }
    }

    private void pause() {
        Duration delay = settings.packetDelay();
        if (delay.isZero()) {
            return;
        }
        try {
            if (stopped.await(delay.toNanos(), TimeUnit.NANOSECONDS) || responses.isCancelled()) {
                throw new Stopped("cancelled during a pause");
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new Stopped("interrupted");
        }
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** Unwinds the run when it must stop; nothing more is sent or written. */
    private static final class Stopped extends RuntimeException {
        Stopped(@Nullable String reason) {
            super(reason, null, false, false);
        }
    }
}
