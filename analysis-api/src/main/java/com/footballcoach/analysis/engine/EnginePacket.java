package com.footballcoach.analysis.engine;

import com.footballcoach.platform.alerts.AlertReport;
import com.footballcoach.platform.analysis.AnalysisOutputs;
import com.footballcoach.platform.analysis.RunStatus;
import com.footballcoach.platform.analysis.SegmentReport;

/** One packet of the engine's stream, mapped from protobuf by {@link TrackingEngineClient}. */
public sealed interface EnginePacket {

    /** Progress words (QUEUED/PENDING, PROCESSING/STREAMING/RECEIVING, anything unknown). */
    record Progress(RunStatus status, double progress, String message) implements EnginePacket {
    }

    record SegmentDone(double progress, SegmentReport segment) implements EnginePacket {
    }

    record Alert(AlertReport alert) implements EnginePacket {
    }

    /** The last packet of a stream. */
    sealed interface Terminal extends EnginePacket {
    }

    record Completed(AnalysisOutputs outputs, String message) implements Terminal {
    }

    record Failed(String reason) implements Terminal {
    }
}
