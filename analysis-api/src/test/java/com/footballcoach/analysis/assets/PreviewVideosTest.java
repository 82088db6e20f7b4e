package com.footballcoach.analysis.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Preview videos made by the real ffmpeg, and the worker's rules checked with a stand-in ffmpeg. */
class PreviewVideosTest {

    @TempDir
    Path dir;

    private final List<PreviewVideos> started = new ArrayList<>();

    @AfterEach
    void stopWorkers() {
        started.forEach(PreviewVideos::destroy);
    }

    @Test
    void encodesA480pH264PreviewOfA720pVideoThatDecodesWithoutErrors() throws Exception {
        TestVideos.Tools tools = TestVideos.requireFfmpeg("the preview-video encoding test");
        Path video = TestVideos.writeMoovLast(tools, dir.resolve("tracking_video.mp4"));
        PreviewVideos previews = previews(tools.ffmpeg(), Duration.ofMinutes(2));
        List<Path> done = new CopyOnWriteArrayList<>();

        Future<?> encoding = previews.request(video, done::add).orElseThrow();
        encoding.get(2, TimeUnit.MINUTES);

        Path preview = dir.resolve("tracking_video_preview.mp4");
        assertThat(done).containsExactly(preview);
        JsonNode stream = TestVideos.videoStream(tools, preview);
        assertThat(stream.get("codec_name").asString()).isEqualTo("h264");
        assertThat(stream.get("height").asInt()).isEqualTo(480);
        assertThat(stream.get("width").asInt()).isEqualTo(854);
        assertThat(stream.get("nb_read_frames").asString()).isEqualTo(String.valueOf(TestVideos.FRAMES));
        TestVideos.Run decode = TestVideos.decode(tools, preview);
        assertThat(decode.exitCode()).as(decode.output()).isZero();
        assertThat(decode.output()).isBlank();
        assertThat(TestMp4.topLevelTypes(preview)).containsSubsequence("moov", "mdat");
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp.mp4");
        assertThat(previews.request(video, done::add)).as("a video with a preview is not queued again").isEmpty();
    }

    @Test
    void killsAnEncodingThatOutlivesItsTimeoutAndLeavesNoFileBehind() throws Exception {
        TestVideos.Tools tools = TestVideos.requireFfmpeg("the preview timeout test");
        Path video = TestVideos.writeMoovLast(tools, dir.resolve("long.mp4"));
        PreviewVideos previews = previews(tools.ffmpeg(), Duration.ofMillis(1));
        List<Path> done = new CopyOnWriteArrayList<>();

        previews.request(video, done::add).orElseThrow().get(1, TimeUnit.MINUTES);

        assertThat(done).isEmpty();
        assertThat(dir.resolve("long_preview.mp4")).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp.mp4");
        assertThat(previews.pending(video)).isFalse();
    }

    @Test
    void encodesOneVideoAtATimeAtTheLowestCpuPriority() throws Exception {
        Assumptions.assumeTrue(PreviewVideos.executable("sh").isPresent() && PreviewVideos.executable("nice").isPresent(),
                "needs sh and nice");
        // a stand-in ffmpeg that fails when another encoding is running, and writes its niceness as the preview
        Path fake = dir.resolve("fake-ffmpeg");
        Files.writeString(fake, """
                #!/bin/sh
                lock="%s"
                mkdir "$lock" || exit 3
                for last; do :; done
                i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done
                nice > "$last"
                rmdir "$lock"
                """.formatted(dir.resolve("running.lock")), StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        PreviewVideos previews = previews(fake.toString(), Duration.ofMinutes(1));
        List<Path> done = new CopyOnWriteArrayList<>();
        List<Future<?>> encodings = new ArrayList<>();
        for (String name : List.of("a.mp4", "b.mp4", "c.mp4")) {
            Path video = Files.writeString(dir.resolve(name), "video");
            encodings.add(previews.request(video, done::add).orElseThrow());
            assertThat(previews.request(video, done::add)).as("queued once").isEmpty();
        }

        for (Future<?> encoding : encodings) {
            encoding.get(1, TimeUnit.MINUTES);
        }

        assertThat(done).containsExactly(dir.resolve("a_preview.mp4"), dir.resolve("b_preview.mp4"),
                dir.resolve("c_preview.mp4"));
        for (Path preview : done) {
            assertThat(Files.readString(preview).strip()).as("niceness of the encoder").isEqualTo("19");
        }
    }

    @Test
    void queuesNothingAndSaysWhyWhenFfmpegIsMissing() throws Exception {
        PreviewVideos previews = previews(dir.resolve("no-such-ffmpeg").toString(), Duration.ofMinutes(1));
        Path video = Files.writeString(dir.resolve("v.mp4"), "video");

        Optional<Future<?>> queued = previews.request(video, preview -> { });

        assertThat(previews.available()).isFalse();
        assertThat(previews.unavailableReason()).contains("ffmpeg");
        assertThat(queued).isEmpty();
    }

    private PreviewVideos previews(String ffmpeg, Duration timeout) {
        PreviewVideos previews = new PreviewVideos(new AssetSettings(dir,
                new AssetSettings.Preview(true, ffmpeg, timeout, 480)));
        started.add(previews);
        return previews;
    }
}
