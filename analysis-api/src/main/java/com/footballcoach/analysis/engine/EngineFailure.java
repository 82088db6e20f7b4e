package com.footballcoach.analysis.engine;

/**
 * The engine call ended without a result: unreachable engine, gRPC error, deadline, or a stream
 * that closed without a terminal packet. The message is what the run's error says.
 */
public class EngineFailure extends RuntimeException {

    public EngineFailure(String message) {
        super(message);
    }

    public EngineFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
