package com.footballcoach.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.footballcoach.simulator.Behaviour;
import com.footballcoach.simulator.EngineSimulator;
import com.footballcoach.simulator.SimulatorSettings;
import com.footballcoach.simulator.media.SampleVideos;
import io.grpc.ManagedChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Fault drill: the engine hangs mid-stream; the deadline fires, the call fails, nothing is left running. */
class EngineDeadlineTest {

    @Test
    void failsAHangingAnalysisAtTheDeadlineAndLeavesNoCallRunning(@TempDir Path root) throws Exception {
        Path video = SampleVideos.writeMp4(Files.createDirectories(root.resolve("uploads")).resolve("hang.mp4"),
                Duration.ofSeconds(47));
        try (EngineSimulator engine = EngineSimulator.start(SimulatorSettings.fullSpeed(root)
                .withBehaviour(Behaviour.hangAt(1)))) {
            TrackingEngineSettings settings = new TrackingEngineSettings("127.0.0.1", engine.port(),
                    Duration.ofSeconds(2), 1, Duration.ofMillis(100), null);
            ManagedChannel channel = new EngineChannelConfiguration().trackingEngineChannel(settings);
            try {
                TrackingEngineClient client = new TrackingEngineClient(channel, settings, JsonMapper.builder().build());
                long started = System.nanoTime();

                assertThatThrownBy(() -> client.analyze(client.newCall(),
                        new EngineRequest(video.toString(), "run-deadline", 0, false, 0.5), packet -> true))
                        .isInstanceOf(EngineFailure.class)
                        .hasMessageContaining("did not finish within");

                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
                Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> engine.activeAnalyses() == 0);
            } finally {
                channel.shutdownNow();
            }
        }
    }
}
