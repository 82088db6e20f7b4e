package com.footballcoach.analysis.engine;

import io.grpc.Context;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/** The handle of one analysis call: {@link #cancel} stops it from any thread (the gRPC call is cancelled). */
public final class EngineCall {

    final Context.CancellableContext context = Context.ROOT.withCancellation();
    private volatile @Nullable String cancelReason;

    EngineCall() {
    }

    public void cancel(String reason) {
        cancelReason = reason;
        context.cancel(new CancellationException(reason));
    }

    public boolean isCancelled() {
        return context.isCancelled();
    }

    String cancelReason() {
        String reason = cancelReason;
        return reason == null ? "cancelled" : reason;
    }
}
