package com.footballcoach.simulator.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Rational;

/**
 * Encodes pictures drawn with {@code java.awt} into a playable H.264 MP4 (one video track, no
 * audio), in pure Java with JCodec.
 *
 * <p>JCodec writes {@code moov} after {@code mdat} (its {@code mdat} has a 64-bit size): the
 * analysis API's {@code Mp4Faststart} moves {@code moov} to the front when the run completes, or
 * on the first stream of the file.
 */
public final class H264Videos {

    private H264Videos() {
    }

    /**
     * Writes {@code frameCount} frames at {@code framesPerSecond} to {@code file} (replaced if it
     * exists), so the video lasts {@code frameCount / framesPerSecond} seconds.
     *
     * @param frame draws frame {@code i} (0-based); it may return the same image every time,
     *              redrawn. Every frame must have the same even width and height.
     * @throws IllegalArgumentException when a count is not positive or a frame has an odd or a
     *                                  different size
     */
    public static Path write(Path file, int framesPerSecond, int frameCount, IntFunction<BufferedImage> frame)
            throws IOException {
        if (framesPerSecond <= 0 || frameCount <= 0) {
            throw new IllegalArgumentException("frames per second and frame count must be positive: "
                    + framesPerSecond + ", " + frameCount);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        int width = -1;
        int height = -1;
        try (SeekableByteChannel channel = NIOUtils.writableChannel(file.toFile())) {
            AWTSequenceEncoder encoder = new AWTSequenceEncoder(channel, Rational.R(framesPerSecond, 1));
            for (int i = 0; i < frameCount; i++) {
                BufferedImage image = frame.apply(i);
                if (i == 0) {
                    width = image.getWidth();
                    height = image.getHeight();
                    if (width % 2 != 0 || height % 2 != 0) {
                        throw new IllegalArgumentException("H.264 4:2:0 needs even dimensions, not "
                                + width + "x" + height);
                    }
                } else if (image.getWidth() != width || image.getHeight() != height) {
                    throw new IllegalArgumentException("frame " + i + " is " + image.getWidth() + "x"
                            + image.getHeight() + ", the first was " + width + "x" + height);
                }
                encoder.encodeImage(image);
            }
            encoder.finish();
        }
        return file;
    }
}
