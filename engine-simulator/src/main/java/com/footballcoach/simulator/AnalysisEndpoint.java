package com.footballcoach.simulator;

import com.footballcoach.contract.analysis.AnalysisRequest;
import com.footballcoach.contract.analysis.AnalysisResponse;
import com.footballcoach.contract.analysis.AnalysisServiceGrpc;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gRPC face of the simulator: checks the call, then hands it to a worker thread, never
 * keeping a transport thread busy.
 */
final class AnalysisEndpoint extends AnalysisServiceGrpc.AnalysisServiceImplBase {

    private static final Logger log = LoggerFactory.getLogger(AnalysisEndpoint.class);
    private static final Pattern SAFE_RUN_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final SimulatorSettings settings;
    private final Supplier<Behaviour> behaviour;
    private final ExecutorService workers;
    private final JsonMapper json;
    private final Set<AnalysisRun> running = ConcurrentHashMap.newKeySet();
    private final AtomicInteger active = new AtomicInteger();

    AnalysisEndpoint(SimulatorSettings settings, Supplier<Behaviour> behaviour, ExecutorService workers,
            JsonMapper json) {
        this.settings = settings;
        this.behaviour = behaviour;
        this.workers = workers;
        this.json = json;
    }

    @Override
    public void analyzeVideo(AnalysisRequest request, StreamObserver<AnalysisResponse> observer) {
        Behaviour current = behaviour.get();
        if (current.unavailable()) {
            observer.onError(Status.UNAVAILABLE.withDescription("tracking engine unavailable (simulated)")
                    .asRuntimeException());
            return;
        }
        if (!SAFE_RUN_ID.matcher(request.getMatchId()).matches()) {
            observer.onError(Status.INVALID_ARGUMENT
                    .withDescription("match_id must be 1-64 letters, digits or '-'").asRuntimeException());
            return;
        }
        ServerCallStreamObserver<AnalysisResponse> responses = (ServerCallStreamObserver<AnalysisResponse>) observer;
        AnalysisRun run = new AnalysisRun(request, responses, settings, current, json);
        responses.setOnCancelHandler(() -> {
            log.info("Run {} cancelled by the client", run.runId());
            run.stop();
        });
        active.incrementAndGet();
        running.add(run);
        try {
            workers.execute(() -> {
                try {
                    run.run();
                } finally {
                    running.remove(run);
                    active.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException ex) {
            running.remove(run);
            active.decrementAndGet();
            observer.onError(Status.RESOURCE_EXHAUSTED.withDescription("too many analyses running")
                    .asRuntimeException());
        }
    }

    /** Analyses accepted and not yet finished (queued or running). */
    int activeAnalyses() {
        return active.get();
    }

    /** Stops every run at its next packet or pause. */
    void stopAll() {
        running.forEach(AnalysisRun::stop);
    }
}
