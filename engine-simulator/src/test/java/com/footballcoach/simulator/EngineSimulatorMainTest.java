package com.footballcoach.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineSimulatorMainTest {

    @Test
    void usesTheDevDefaultsWhenTheEnvironmentIsEmpty() {
        SimulatorSettings settings = EngineSimulatorMain.settingsFrom(Map.of());

        assertThat(settings.port()).isEqualTo(50051);
        assertThat(settings.outputRoot()).isEqualTo(Path.of("var/analysis-output").toAbsolutePath());
        assertThat(settings.packetDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(settings.segmentSeconds()).isEqualTo(15);
        assertThat(settings.behaviour()).isEqualTo(Behaviour.normal());
    }

    @Test
    void readsPortOutputRootDelayAndSegmentLengthFromTheEnvironment() {
        SimulatorSettings settings = EngineSimulatorMain.settingsFrom(Map.of(
                "TRACKING_ENGINE_PORT", "6000",
                "ANALYSIS_OUTPUT_ROOT", "/srv/analysis",
                "SIMULATOR_PACKET_DELAY_MS", "0",
                "SIMULATOR_SEGMENT_SECONDS", "10"));

        assertThat(settings.port()).isEqualTo(6000);
        assertThat(settings.outputRoot()).isEqualTo(Path.of("/srv/analysis"));
        assertThat(settings.packetDelay()).isZero();
        assertThat(settings.segmentSeconds()).isEqualTo(10);
    }
}
