package com.footballcoach.simulator;

import static org.awaitility.Awaitility.await;

import com.footballcoach.contract.analysis.AnalysisRequest;
import com.footballcoach.contract.analysis.AnalysisResponse;
import com.footballcoach.contract.analysis.AnalysisServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/** One {@code AnalyzeVideo} call seen from the client: the packets so far and how it ended. */
final class EngineCall implements ClientResponseObserver<AnalysisRequest, AnalysisResponse> {

    private final List<AnalysisResponse> packets = new CopyOnWriteArrayList<>();
    private final AtomicReference<@Nullable Status> ending = new AtomicReference<>();
    private volatile @Nullable ClientCallStreamObserver<AnalysisRequest> call;

    static EngineCall start(ManagedChannel channel, AnalysisRequest request) {
        EngineCall observer = new EngineCall();
        AnalysisServiceGrpc.newStub(channel).analyzeVideo(request, observer);
        return observer;
    }

    /** Waits until the server ends the call, and returns the status it ended with. */
    Status awaitEnd() {
        await().atMost(Duration.ofSeconds(15)).until(() -> ending.get() != null);
        return ending.get();
    }

    List<AnalysisResponse> packets() {
        return List.copyOf(packets);
    }

    List<AnalysisResponse> packets(String status) {
        return packets.stream().filter(p -> p.getStatus().equals(status)).toList();
    }

    List<String> statuses() {
        return packets.stream().map(AnalysisResponse::getStatus).toList();
    }

    void cancel() {
        ClientCallStreamObserver<AnalysisRequest> current = call;
        if (current != null) {
            current.cancel("client gave up", null);
        }
    }

    @Override
    public void beforeStart(ClientCallStreamObserver<AnalysisRequest> requestStream) {
        call = requestStream;
    }

    @Override
    public void onNext(AnalysisResponse packet) {
        packets.add(packet);
    }

    @Override
    public void onError(Throwable error) {
        ending.set(Status.fromThrowable(error));
    }

    @Override
    public void onCompleted() {
        ending.set(Status.OK);
    }
}
