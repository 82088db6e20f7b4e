package com.footballcoach.simulator.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H264VideosTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFramesItIsGivenAsAnH264Mp4OfFramesOverFpsSeconds() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
        Path file = H264Videos.write(dir.resolve("square.mp4"), 4, 8, i -> {
            Graphics2D g = image.createGraphics();
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, 64, 48);
            g.setColor(Color.WHITE);
            g.fillRect(i * 6, 16, 16, 16);
            g.dispose();
            return image;
        });

        DecodedVideo video = DecodedVideo.read(file);
        assertThat(video.frames()).hasSize(8);
        assertThat(video.size().getWidth()).isEqualTo(64);
        assertThat(video.size().getHeight()).isEqualTo(48);
        assertThat(DecodedVideo.pixelsNear(video.frames().get(0), 0xFFFFFF, 40)).isBetween(200, 320);
        assertThat(video.frames().get(7).getRGB(7 * 6 + 8, 24) & 0xFF).as("the square has moved right")
                .isGreaterThan(200);
        assertThat(video.frames().get(0).getRGB(7 * 6 + 8, 24) & 0xFF).isLessThan(50);
        assertThat(VideoDuration.read(file)).contains(Duration.ofSeconds(2));
    }

    @Test
    void rejectsOddDimensionsAndFramesOfAnotherSize() {
        BufferedImage odd = new BufferedImage(63, 48, BufferedImage.TYPE_3BYTE_BGR);
        assertThatThrownBy(() -> H264Videos.write(dir.resolve("odd.mp4"), 4, 2, i -> odd))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("63x48");

        BufferedImage small = new BufferedImage(32, 32, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage large = new BufferedImage(64, 64, BufferedImage.TYPE_3BYTE_BGR);
        assertThatThrownBy(() -> H264Videos.write(dir.resolve("sizes.mp4"), 4, 2, i -> i == 0 ? small : large))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frame 1");
        assertThatThrownBy(() -> H264Videos.write(dir.resolve("none.mp4"), 4, 0, i -> small))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
