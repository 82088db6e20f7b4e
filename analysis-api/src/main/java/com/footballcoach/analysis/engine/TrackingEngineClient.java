package com.footballcoach.analysis.engine;

import com.footballcoach.contract.analysis.AnalysisRequest;
import com.footballcoach.contract.analysis.AnalysisResponse;
import com.footballcoach.contract.analysis.AnalysisResult;
import com.footballcoach.contract.analysis.AnalysisServiceGrpc;
import com.footballcoach.contract.analysis.TacticalAlert;
import com.footballcoach.platform.alerts.AlertReport;
import com.footballcoach.platform.analysis.AnalysisOutputs;
import com.footballcoach.platform.analysis.RunStatus;
import com.footballcoach.platform.analysis.SegmentReport;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one adapter to the tracking engine: calls {@code AnalyzeVideo} on the shared channel with
 * a deadline, maps the protobuf packets to {@link EnginePacket} records and gRPC statuses to
 * {@link EngineFailure} / {@link EngineCallCancelled}. {@code UNAVAILABLE} before the first
 * packet is retried with a doubling backoff; after the last attempt the run fails with
 * "tracking engine unreachable at host:port"; {@code UNAVAILABLE} after it (the engine process died
 * mid-stream) fails the run with "tracking engine connection lost mid-stream". A stream that ends
 * without a terminal packet is a failure.
 */
@Component
public class TrackingEngineClient {

    /** Receives each non-terminal packet; answers false to stop the call (the run is no longer ours). */
    @FunctionalInterface
    public interface PacketHandler {
        boolean accept(EnginePacket packet);
    }

    private static final Logger log = LoggerFactory.getLogger(TrackingEngineClient.class);

    private final ManagedChannel channel;
    private final TrackingEngineSettings settings;
    private final JsonMapper json;

    TrackingEngineClient(ManagedChannel trackingEngineChannel, TrackingEngineSettings settings, JsonMapper json) {
        this.channel = trackingEngineChannel;
        this.settings = settings;
        this.json = json;
    }

    public EngineCall newCall() {
        return new EngineCall();
    }

    /**
     * Runs one analysis, blocking, handing each packet to the handler; returns the terminal packet.
     *
     * @throws EngineFailure       unreachable engine, gRPC error, deadline, stream without result
     * @throws EngineCallCancelled when {@link EngineCall#cancel} was called or the handler said stop
     */
    public EnginePacket.Terminal analyze(EngineCall call, EngineRequest request, PacketHandler handler) {
        AnalysisRequest proto = toProto(request);
        Duration backoff = settings.retryBackoff();
        for (int attempt = 1; ; attempt++) {
            boolean[] received = {false};
            Context.CancellableContext attemptContext = call.context.withCancellation();
            try {
                return attemptContext.call(() -> stream(call, proto, handler, received));
            } catch (StatusRuntimeException e) {
                Status status = e.getStatus();
                if (call.isCancelled()) {
                    throw new EngineCallCancelled(call.cancelReason());
                }
                if (status.getCode() == Status.Code.UNAVAILABLE && !received[0]) {
                    if (attempt >= settings.connectAttempts()) {
                        throw new EngineFailure("tracking engine unreachable at " + settings.target() + " (after "
                                + attempt + " attempts: " + describe(status) + ")", e);
                    }
                    log.info("Tracking engine at {} unavailable (attempt {}), retrying in {} ms", settings.target(),
                            attempt, backoff.toMillis());
                    pause(call, backoff);
                    backoff = backoff.multipliedBy(2);
                    continue;
                }
                if (status.getCode() == Status.Code.UNAVAILABLE) {
                    // the engine went away after it had started streaming: its process died or the network broke
                    throw new EngineFailure("tracking engine connection lost mid-stream at " + settings.target() + " ("
                            + describe(status) + "); retry the analysis", e);
                }
                if (status.getCode() == Status.Code.DEADLINE_EXCEEDED) {
                    throw new EngineFailure("tracking engine did not finish within " + settings.runDeadline(), e);
                }
                throw new EngineFailure("tracking engine error: " + describe(status), e);
            } catch (EngineFailure | EngineCallCancelled e) {
                throw e;
            } catch (Exception e) {
                throw new EngineFailure("tracking engine call failed: " + e.getMessage(), e);
            } finally {
                // ends the underlying gRPC call too when we stop reading early
                attemptContext.cancel(null);
            }
        }
    }

    private EnginePacket.Terminal stream(EngineCall call, AnalysisRequest proto, PacketHandler handler,
            boolean[] received) {
        Iterator<AnalysisResponse> packets = AnalysisServiceGrpc.newBlockingStub(channel)
                .withDeadlineAfter(settings.runDeadline().toMillis(), TimeUnit.MILLISECONDS)
                .analyzeVideo(proto);
        while (packets.hasNext()) {
            AnalysisResponse response = packets.next();
            received[0] = true;
            EnginePacket packet = toPacket(response);
            if (packet == null) {
                continue;
            }
            if (packet instanceof EnginePacket.Terminal terminal) {
                return terminal;
            }
            if (!handler.accept(packet)) {
                call.cancel("the run is no longer held by this instance");
                throw new EngineCallCancelled(call.cancelReason());
            }
        }
        throw new EngineFailure("engine closed the stream without a result");
    }

    static AnalysisRequest toProto(EngineRequest request) {
        return AnalysisRequest.newBuilder()
                .setVideoPath(request.videoPath())
                .setMatchId(request.runId())
                .setFrameLimit(request.frameLimit())
                .setSkipJson(request.skipJson())
                .setConfidenceThreshold((float) request.confidenceThreshold())
                .build();
    }

    /** The packet as a record; null for a packet that cannot be read (logged and skipped). */
    @Nullable EnginePacket toPacket(AnalysisResponse response) {
        String word = response.getStatus().trim().toUpperCase(Locale.ROOT);
        double progress = response.getProgress();
        return switch (word) {
            case "SEGMENT_DONE" -> segment(response.getMessage(), progress);
            case "ALERT" -> response.hasAlert() ? new EnginePacket.Alert(alert(response.getAlert(), response.getMessage()))
                    : null;
            default -> switch (RunStatus.fromWord(word)) {
                case COMPLETED -> new EnginePacket.Completed(outputs(response.getResult()),
                        response.getMessage().isBlank() ? "Analysis completed" : response.getMessage());
                case FAILED, CANCELLED -> new EnginePacket.Failed(failureReason(response));
                case QUEUED -> new EnginePacket.Progress(RunStatus.QUEUED, progress, response.getMessage());
                case PROCESSING -> new EnginePacket.Progress(RunStatus.PROCESSING, progress, response.getMessage());
            };
        };
    }

    private static String failureReason(AnalysisResponse response) {
        if (response.hasResult() && !response.getResult().getErrorMessage().isBlank()) {
            return response.getResult().getErrorMessage();
        }
        return response.getMessage().isBlank() ? "the tracking engine reported a failure" : response.getMessage();
    }

    static AnalysisOutputs outputs(AnalysisResult r) {
        return new AnalysisOutputs(r.getTotalFrames(), r.getPlayersTracked(), r.getFps(), r.getProcessingTimeSeconds(),
                r.getTrackingVideoPath(), r.getTrackingJsonPath(), r.getBacklineVideoPath(), r.getHeatmapVideoPath(),
                r.getPossessionAnalysisPath(), r.getAnimationVideoPath(), r.getTacticalAdvisoryPath());
    }

    static AlertReport alert(TacticalAlert a, String extras) {
        return new AlertReport(a.getAlertId(), a.getTimestamp(), (double) a.getSeverityScore(), a.getSeverityLabel(),
                a.getCategory(), a.getDecisionType(), a.getStatus(), a.getAction(), a.getReviewCountdown(),
                a.getCategoryTriggerCount(), extras.isBlank() ? null : extras);
    }

    private EnginePacket.@Nullable SegmentDone segment(String message, double progress) {
        try {
            JsonNode node = json.readTree(message);
            if (node == null || !node.isObject() || !node.has("segment_index")) {
                log.warn("Skipping a SEGMENT_DONE without segment_index: {}", abbreviate(message));
                return null;
            }
            JsonNode analysis = node.get("analysis");
            return new EnginePacket.SegmentDone(progress, new SegmentReport(node.get("segment_index").asInt(),
                    number(node, "start_sec"), number(node, "end_sec"), number(node, "video_start_sec"),
                    analysis != null && analysis.isObject() ? json.writeValueAsString(analysis) : null,
                    text(node, "recommendation"), number(node, "severity_score"), text(node, "severity_label"),
                    text(node, "status") == null ? "SEGMENT_DONE" : text(node, "status")));
        } catch (JacksonException e) {
            log.warn("Skipping an unreadable SEGMENT_DONE: {}", abbreviate(message));
            return null;
        }
    }

    private static @Nullable Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.asDouble() : null;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String describe(Status status) {
        return status.getCode() + (status.getDescription() == null ? "" : " " + status.getDescription());
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    private static void pause(EngineCall call, Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineCallCancelled("interrupted");
        }
        if (call.isCancelled()) {
            throw new EngineCallCancelled(call.cancelReason());
        }
    }
}
