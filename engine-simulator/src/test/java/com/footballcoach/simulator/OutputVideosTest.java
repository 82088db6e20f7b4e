package com.footballcoach.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.simulator.media.DecodedVideo;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three videos of a run, decoded back with JCodec and looked at pixel by pixel. */
class OutputVideosTest {

    private static final int GRASS = OutputImages.GRASS.getRGB();
    /** Compression noise of JCodec's H.264 stays well under this per channel. */
    private static final int NOISE = 40;

    @TempDir
    Path dir;

    @Test
    void animatesThePlayersAndTheBallInTwentyH264Frames() throws Exception {
        Path file = dir.resolve("animation.mp4");
        OutputVideos.animation(file, frames(47));

        DecodedVideo video = DecodedVideo.read(file);

        assertThat(video.frames()).hasSize(OutputVideos.FRAMES);
        assertThat(video.size().getWidth()).isEqualTo(OutputVideos.WIDTH);
        assertThat(video.size().getHeight()).isEqualTo(OutputVideos.HEIGHT);
        assertThat(video.frames()).allSatisfy(frame -> {
            assertThat(frame.getWidth()).isEqualTo(OutputVideos.WIDTH);
            assertThat(DecodedVideo.pixelsNear(frame, GRASS, NOISE)).as("mostly pitch")
                    .isGreaterThan(OutputVideos.WIDTH * OutputVideos.HEIGHT / 3);
            assertThat(DecodedVideo.pixelsNear(frame, OutputImages.TEAM_A.getRGB(), 60)).as("team A's dots")
                    .isGreaterThan(11 * 20);
            assertThat(DecodedVideo.pixelsNear(frame, OutputImages.TEAM_B.getRGB(), 60)).as("team B's dots")
                    .isGreaterThan(11 * 20);
        });
        for (int i = 1; i < video.frames().size(); i++) {
            assertThat(DecodedVideo.pixelsDiffering(video.frames().get(i - 1), video.frames().get(i), NOISE))
                    .as("frame %d moves on from frame %d", i, i - 1).isGreaterThan(50);
        }
    }

    @Test
    void buildsTheHeatMapUpFromKickOffToTheLastTrackedSecond() throws Exception {
        Path file = dir.resolve("heatmap.mp4");
        OutputVideos.heatmap(file, frames(47));

        DecodedVideo video = DecodedVideo.read(file);

        assertThat(video.frames()).hasSize(OutputVideos.FRAMES);
        BufferedImage first = video.frames().get(0);
        BufferedImage last = video.frames().get(video.frames().size() - 1);
        // One second of positions covers few cells; 47 seconds cover many more.
        assertThat(DecodedVideo.pixelsNear(last, GRASS, NOISE)).as("less bare grass at the end")
                .isLessThan(DecodedVideo.pixelsNear(first, GRASS, NOISE) - 2_000);
        assertThat(DecodedVideo.pixelsDiffering(first, last, NOISE)).isGreaterThan(2_000);
        assertThat(DecodedVideo.pixelsNear(first, GRASS, NOISE)).as("a pitch, not a blank frame")
                .isGreaterThan(OutputVideos.WIDTH * OutputVideos.HEIGHT / 3);
    }

    @Test
    void drawsTeamAsBackLineMovingOverTime() throws Exception {
        Path file = dir.resolve("backline.mp4");
        OutputVideos.backline(file, frames(47));

        DecodedVideo video = DecodedVideo.read(file);

        assertThat(video.frames()).hasSize(OutputVideos.FRAMES).allSatisfy(frame -> {
            assertThat(DecodedVideo.pixelsNear(frame, 0xFFD600, 60)).as("the yellow line").isGreaterThan(60);
            assertThat(DecodedVideo.pixelsNear(frame, OutputImages.TEAM_A.getRGB(), 60)).as("the back four")
                    .isGreaterThan(4 * 20);
        });
        assertThat(DecodedVideo.pixelsDiffering(video.frames().get(0), video.frames().get(OutputVideos.FRAMES - 1),
                NOISE)).isGreaterThan(200);
    }

    @Test
    void stillWritesTwentyFramesForARunOfOneSecond() throws Exception {
        Path file = dir.resolve("animation.mp4");
        OutputVideos.animation(file, frames(1));

        assertThat(DecodedVideo.read(file).frames()).hasSize(OutputVideos.FRAMES);
    }

    @Test
    void spreadsTheFramesEvenlyFromTheFirstToTheLastTrackedSecond() {
        List<OutputFiles.Frame> frames = frames(47);

        assertThat(OutputVideos.time(frames, 0)).isZero();
        assertThat(OutputVideos.time(frames, OutputVideos.FRAMES - 1)).isEqualTo(46.0);
        assertThat(OutputVideos.time(frames(1), OutputVideos.FRAMES - 1)).isZero();
    }

    /** CI installs ffmpeg; without ffprobe on the PATH this test is skipped. */
    @Test
    void ffprobeReadsEachVideoAsH264OfTwentyFrames() throws Exception {
        Optional<Path> ffprobe = DecodedVideo.ffprobe();
        Assumptions.assumeTrue(ffprobe.isPresent(), "ffprobe not on the PATH (Debian: apt-get install ffmpeg)");
        List<OutputFiles.Frame> frames = frames(47);
        OutputVideos.heatmap(dir.resolve("heatmap.mp4"), frames);
        OutputVideos.backline(dir.resolve("backline.mp4"), frames);
        OutputVideos.animation(dir.resolve("animation.mp4"), frames);

        for (String name : List.of("heatmap.mp4", "backline.mp4", "animation.mp4")) {
            assertThat(DecodedVideo.probe(ffprobe.get(), dir.resolve(name))).as(name)
                    .isEqualTo("h264,%d,%d,%d".formatted(OutputVideos.WIDTH, OutputVideos.HEIGHT, OutputVideos.FRAMES));
        }
    }

    static List<OutputFiles.Frame> frames(int seconds) {
        OutputFiles.Metadata metadata = new OutputFiles.Metadata("run-videos", "match.mp4", seconds, true, seconds,
                AnalysisRun.FPS, (int) (seconds * AnalysisRun.FPS), 0, 0.5, 0, 0, false, "", 1, "", false, false,
                "test");
        return OutputFiles.frames(metadata, 42L);
    }
}
