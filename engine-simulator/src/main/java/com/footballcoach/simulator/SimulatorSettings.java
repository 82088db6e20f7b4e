package com.footballcoach.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of one simulator.
 *
 * @param port           TCP port of the gRPC server; 0 picks a free one
 * @param outputRoot     the shared output root ({@code ANALYSIS_OUTPUT_ROOT}); run folders are
 *                       created below it and relative video paths are resolved against it
 * @param packetDelay    pause between two packets; {@link Duration#ZERO} streams at full speed
 * @param segmentSeconds length of one analysis window in seconds of video (the last one may be
 *                       shorter)
 * @param behaviour      the initial behaviour, changeable later with
 *                       {@link EngineSimulator#behaviour(Behaviour)}
 */
public record SimulatorSettings(
        int port, Path outputRoot, Duration packetDelay, double segmentSeconds, Behaviour behaviour) {

    public static final double DEFAULT_SEGMENT_SECONDS = 15;

    public SimulatorSettings {
        Objects.requireNonNull(outputRoot, "outputRoot");
        Objects.requireNonNull(packetDelay, "packetDelay");
        Objects.requireNonNull(behaviour, "behaviour");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (packetDelay.isNegative()) {
            throw new IllegalArgumentException("packetDelay must not be negative: " + packetDelay);
        }
        if (!(segmentSeconds >= 1)) {
            throw new IllegalArgumentException("segmentSeconds must be at least 1: " + segmentSeconds);
        }
        outputRoot = outputRoot.toAbsolutePath().normalize();
    }

    /** A free port, no delay, 15-second segments, normal behaviour: what tests usually want. */
    public static SimulatorSettings fullSpeed(Path outputRoot) {
        return new SimulatorSettings(0, outputRoot, Duration.ZERO, DEFAULT_SEGMENT_SECONDS, Behaviour.normal());
    }

    public SimulatorSettings withBehaviour(Behaviour newBehaviour) {
        return new SimulatorSettings(port, outputRoot, packetDelay, segmentSeconds, newBehaviour);
    }

    public SimulatorSettings withSegmentSeconds(double seconds) {
        return new SimulatorSettings(port, outputRoot, packetDelay, seconds, behaviour);
    }
}
