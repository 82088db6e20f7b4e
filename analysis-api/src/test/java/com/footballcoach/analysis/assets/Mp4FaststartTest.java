package com.footballcoach.analysis.assets;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.simulator.media.H264Videos;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class Mp4FaststartTest {

    private static final Logger log = LoggerFactory.getLogger(Mp4FaststartTest.class);

    @TempDir
    Path dir;

    @Test
    void movesMoovBeforeMdatAndShiftsEveryChunkOffsetToTheSameSampleBytes() throws IOException {
        TestMp4.Written written = TestMp4.writeMoovLast(dir.resolve("camera.mp4"));
        byte[] before = Files.readAllBytes(written.file());
        assertThat(TestMp4.topLevelTypes(written.file())).containsExactly("ftyp", "mdat", "free", "moov");

        Mp4Faststart.Result result = Mp4Faststart.rewrite(written.file());

        assertThat(result.outcome()).isEqualTo(Mp4Faststart.Outcome.REWRITTEN);
        assertThat(TestMp4.topLevelTypes(written.file())).containsExactly("ftyp", "moov", "mdat", "free");
        byte[] after = Files.readAllBytes(written.file());
        assertThat(after).hasSameSizeAs(before);
        List<Long> offsets = TestMp4.chunkOffsets(Arrays.copyOfRange(after, 0, after.length));
        // track 1 (stco) indexes samples 0, 2, 4; track 2 (co64) samples 1, 3, 5
        int[] sampleOfOffset = {0, 2, 4, 1, 3, 5};
        assertThat(offsets).hasSize(TestMp4.SAMPLES);
        for (int i = 0; i < offsets.size(); i++) {
            int offset = Math.toIntExact(offsets.get(i));
            assertThat(Arrays.copyOfRange(after, offset, offset + TestMp4.SAMPLE_SIZE))
                    .as("sample %d at new offset %d", sampleOfOffset[i], offset)
                    .isEqualTo(written.samples()[sampleOfOffset[i]]);
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void leavesFastStartFilesAlone() throws IOException {
        TestMp4.Written written = TestMp4.writeMoovLast(dir.resolve("camera.mp4"));
        Mp4Faststart.rewrite(written.file());
        byte[] once = Files.readAllBytes(written.file());
        var modified = Files.getLastModifiedTime(written.file());

        Mp4Faststart.Result again = Mp4Faststart.rewrite(written.file());

        assertThat(again.outcome()).isEqualTo(Mp4Faststart.Outcome.ALREADY_FASTSTART);
        assertThat(Files.readAllBytes(written.file())).isEqualTo(once);
        assertThat(Files.getLastModifiedTime(written.file())).isEqualTo(modified);
    }

    @Test
    void leavesFilesThatAreNotMp4Alone() throws IOException {
        byte[] noise = new byte[100_000];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.mp4"), noise);

        assertThat(Mp4Faststart.rewrite(file).outcome()).isEqualTo(Mp4Faststart.Outcome.NOT_MP4);
        assertThat(Files.readAllBytes(file)).isEqualTo(noise);
        assertThat(Mp4Faststart.rewrite(Files.write(dir.resolve("empty.mp4"), new byte[0])).outcome())
                .isEqualTo(Mp4Faststart.Outcome.NOT_MP4);
    }

    @Test
    void upgradesStcoToCo64WhenAShiftedOffsetWouldOverflow32Bits() {
        long nearLimit = 0xFFFF_FFF0L;
        byte[] moov = TestMp4.box("moov", TestMp4.box("trak", TestMp4.box("mdia", TestMp4.box("minf",
                TestMp4.box("stbl", TestMp4.stco(100, nearLimit))))));
        long insertAt = 32;
        long moovStart = 0x1_0000_0000L + 500;

        byte[] relocated = Mp4Faststart.relocate(moov, insertAt, moovStart, moovStart + moov.length);

        assertThat(new String(relocated, 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("moov");
        assertThat(relocated.length).isEqualTo(moov.length + 8); // two offsets, 4 bytes wider each
        assertThat(new String(relocated, relocated.length - 8 - 16 - 4, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("co64");
        assertThat(TestMp4.chunkOffsets(relocated)).containsExactly(100 + (long) relocated.length,
                nearLimit + relocated.length);
    }

    @Test
    void rewritesARealFfmpegVideoSoThatFfprobeMeetsMoovFirstAndEveryFrameDecodesTheSame() throws Exception {
        TestVideos.Tools tools = TestVideos.requireFfmpeg("the real-video faststart test");
        Path video = TestVideos.writeMoovLast(tools, dir.resolve("camera.mp4"));
        assertThat(TestMp4.topLevelTypes(video)).containsSubsequence("mdat", "moov");
        List<String> framesBefore = TestVideos.frameHashes(tools, video);
        long sizeBefore = Files.size(video);

        Mp4Faststart.Result result = Mp4Faststart.rewrite(video);

        assertThat(result.outcome()).isEqualTo(Mp4Faststart.Outcome.REWRITTEN);
        assertThat(Files.size(video)).isEqualTo(sizeBefore);
        assertThat(TestMp4.topLevelTypes(video)).containsSubsequence("ftyp", "moov", "mdat")
                .doesNotContainSubsequence("mdat", "moov");
        List<String> atoms = TestVideos.rootAtomsSeenByFfprobe(tools, video);
        assertThat(atoms).as("ffprobe -v trace").containsSubsequence("moov", "mdat");
        assertThat(atoms.indexOf("moov")).isLessThan(atoms.indexOf("mdat"));
        TestVideos.Run decode = TestVideos.decode(tools, video);
        assertThat(decode.exitCode()).as(decode.output()).isZero();
        assertThat(decode.output()).as("ffmpeg -v error").isBlank();
        assertThat(TestVideos.videoStream(tools, video).get("nb_read_frames").asString())
                .isEqualTo(String.valueOf(TestVideos.FRAMES));
        assertThat(TestVideos.frameHashes(tools, video)).as("every decoded frame, before and after")
                .hasSize(TestVideos.FRAMES).isEqualTo(framesBefore);
        log.info("Faststart of a real {}-byte ffmpeg video: moov first, {} frames decode as before", sizeBefore,
                framesBefore.size());
    }

    /** The engine simulator writes its videos with JCodec, {@code moov} last after a 64-bit {@code mdat}. */
    @Test
    void rewritesAnH264VideoOfTheEngineSimulatorAndEveryFrameStillDecodesTheSame() throws Exception {
        BufferedImage image = new BufferedImage(96, 64, BufferedImage.TYPE_3BYTE_BGR);
        Path video = H264Videos.write(dir.resolve("animation.mp4"), 5, 10, i -> {
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(0x2E7D32));
            g.fillRect(0, 0, 96, 64);
            g.setColor(Color.WHITE);
            g.fillOval(i * 8, 24, 16, 16);
            g.dispose();
            return image;
        });
        assertThat(TestMp4.topLevelTypes(video)).containsSubsequence("ftyp", "mdat", "moov");
        List<int[]> framesBefore = decodeWithJcodec(video);
        long sizeBefore = Files.size(video);

        Mp4Faststart.Result result = Mp4Faststart.rewrite(video);

        assertThat(result.outcome()).isEqualTo(Mp4Faststart.Outcome.REWRITTEN);
        assertThat(Files.size(video)).isEqualTo(sizeBefore);
        assertThat(TestMp4.topLevelTypes(video)).containsSubsequence("ftyp", "moov", "mdat")
                .doesNotContainSubsequence("mdat", "moov");
        List<int[]> framesAfter = decodeWithJcodec(video);
        assertThat(framesAfter).hasSize(10);
        for (int i = 0; i < framesAfter.size(); i++) {
            assertThat(framesAfter.get(i)).as("frame %d", i).isEqualTo(framesBefore.get(i));
        }
        assertThat(framesAfter.get(0)).isNotEqualTo(framesAfter.get(9));
    }

    private static List<int[]> decodeWithJcodec(Path video) throws Exception {
        List<int[]> frames = new ArrayList<>();
        try (FileChannelWrapper channel = NIOUtils.readableChannel(video.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(channel);
            Picture picture;
            while ((picture = grab.getNativeFrame()) != null) {
                BufferedImage frame = AWTUtil.toBufferedImage(picture);
                frames.add(frame.getRGB(0, 0, frame.getWidth(), frame.getHeight(), null, 0, frame.getWidth()));
            }
        }
        return frames;
    }
}
