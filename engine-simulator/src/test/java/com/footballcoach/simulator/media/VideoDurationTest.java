package com.footballcoach.simulator.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoDurationTest {

    @TempDir
    Path dir;

    @Test
    void readsDurationFromVersion0MovieHeader() throws IOException {
        Path video = SampleVideos.writeMp4(dir.resolve("v0.mp4"), Duration.ofMillis(47_250));

        assertThat(VideoDuration.read(video)).contains(Duration.ofMillis(47_250));
    }

    @Test
    void readsDurationFromVersion1MovieHeader() throws IOException {
        Path video = SampleVideos.writeMp4WithVersion1Header(dir.resolve("v1.mp4"), Duration.ofMinutes(95));

        assertThat(VideoDuration.read(video)).contains(Duration.ofMinutes(95));
    }

    @Test
    void readsDurationWhenMovieBoxComesAfterMediaData() throws IOException {
        Path video = SampleVideos.writeMp4WithMoovLast(dir.resolve("moov-last.mp4"), Duration.ofSeconds(12));

        assertThat(VideoDuration.read(video)).contains(Duration.ofSeconds(12));
    }

    @Test
    void seeksPastA64BitMediaDataBoxWithoutReadingIt() throws IOException {
        long fiveGigabytes = 5L * 1024 * 1024 * 1024;
        Path video = SampleVideos.writeMp4WithLargeMdatBeforeMoov(dir.resolve("large.mp4"), Duration.ofSeconds(30),
                fiveGigabytes);

        assertThat(Files.size(video)).isGreaterThan(fiveGigabytes);
        assertThat(VideoDuration.read(video)).contains(Duration.ofSeconds(30));
    }

    @Test
    void readsDurationOfAviFromItsMainHeader() throws IOException {
        Path video = dir.resolve("clip.avi");
        Files.write(video, avi(40_000, 250));

        assertThat(VideoDuration.read(video)).contains(Duration.ofSeconds(10));
    }

    @Test
    void findsNoDurationInAFileThatIsNotAVideo() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "These are match notes, not a video at all.");

        assertThat(VideoDuration.read(text)).isEmpty();
    }

    @Test
    void findsNoDurationInAnEmptyFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.mp4"));

        assertThat(VideoDuration.read(empty)).isEmpty();
    }

    @Test
    void findsNoDurationInATruncatedMp4() throws IOException {
        Path video = SampleVideos.writeMp4(dir.resolve("cut.mp4"), Duration.ofSeconds(20));
        byte[] bytes = Files.readAllBytes(video);
        Path cut = Files.write(dir.resolve("cut-short.mp4"), java.util.Arrays.copyOf(bytes, 60));

        assertThat(VideoDuration.read(cut)).isEmpty();
    }

    @Test
    void failsWhenTheFileDoesNotExist() {
        assertThatThrownBy(() -> VideoDuration.read(dir.resolve("missing.mp4")))
                .isInstanceOf(NoSuchFileException.class);
    }

    private static byte[] avi(int microsPerFrame, int totalFrames) {
        ByteBuffer avih = ByteBuffer.allocate(8 + 56).order(ByteOrder.LITTLE_ENDIAN);
        avih.put("avih".getBytes(StandardCharsets.US_ASCII)).putInt(56);
        avih.putInt(microsPerFrame).putInt(0).putInt(0).putInt(0).putInt(totalFrames);
        ByteBuffer file = ByteBuffer.allocate(12 + 12 + avih.capacity()).order(ByteOrder.LITTLE_ENDIAN);
        file.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(file.capacity() - 8)
                .put("AVI ".getBytes(StandardCharsets.US_ASCII));
        file.put("LIST".getBytes(StandardCharsets.US_ASCII)).putInt(4 + avih.capacity())
                .put("hdrl".getBytes(StandardCharsets.US_ASCII));
        file.put(avih.array());
        return file.array();
    }
}
