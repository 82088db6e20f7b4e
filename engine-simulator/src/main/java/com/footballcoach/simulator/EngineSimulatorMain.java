package com.footballcoach.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the simulator as a process, configured from the environment as the real engine is:
 *
 * <ul>
 *   <li>{@code TRACKING_ENGINE_PORT} (50051)</li>
 *   <li>{@code ANALYSIS_OUTPUT_ROOT} ({@code ./var/analysis-output})</li>
 *   <li>{@code SIMULATOR_PACKET_DELAY_MS} (200)</li>
 *   <li>{@code SIMULATOR_SEGMENT_SECONDS} (15)</li>
 * </ul>
 */
public final class EngineSimulatorMain {

    private EngineSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Before the first logger: the jar's own logback configuration, unless one is given.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-simulator.xml");
        }
        // the output pictures are drawn off-screen; never look for a display
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Logger log = LoggerFactory.getLogger(EngineSimulatorMain.class);
        SimulatorSettings settings = settingsFrom(System.getenv());
        EngineSimulator engine = EngineSimulator.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(engine::close, "engine-simulator-shutdown"));
        log.info("Tracking engine simulator ready on port {} (packet delay {} ms, {} s segments)",
                engine.port(), settings.packetDelay().toMillis(), settings.segmentSeconds());
        engine.awaitTermination();
    }

    /** The settings the environment gives (also used by the local launcher). */
    public static SimulatorSettings settingsFrom(Map<String, String> env) {
        int port = Integer.parseInt(env.getOrDefault("TRACKING_ENGINE_PORT", "50051").trim());
        Path outputRoot = Path.of(env.getOrDefault("ANALYSIS_OUTPUT_ROOT", "./var/analysis-output").trim());
        long delayMillis = Long.parseLong(env.getOrDefault("SIMULATOR_PACKET_DELAY_MS", "200").trim());
        double segmentSeconds = Double.parseDouble(env.getOrDefault("SIMULATOR_SEGMENT_SECONDS",
                String.valueOf(SimulatorSettings.DEFAULT_SEGMENT_SECONDS)).trim());
        return new SimulatorSettings(port, outputRoot, Duration.ofMillis(delayMillis), segmentSeconds,
                Behaviour.normal());
    }
}
