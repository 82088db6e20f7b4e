package com.footballcoach.simulator.media;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;
import org.jcodec.scale.AWTUtil;

/**
 * A video decoded back with JCodec, frame by frame, and a few pixel measures for tests: how
 * many pixels are near a colour, how many differ between two frames.
 */
public record DecodedVideo(Size size, List<BufferedImage> frames) {

    /** Decodes every frame of the H.264 track of {@code file}. */
    public static DecodedVideo read(Path file) throws IOException, JCodecException {
        try (FileChannelWrapper channel = NIOUtils.readableChannel(file.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(channel);
            Size size = grab.getMediaInfo().getDim();
            List<BufferedImage> frames = new ArrayList<>();
            Picture picture;
            while ((picture = grab.getNativeFrame()) != null) {
                frames.add(AWTUtil.toBufferedImage(picture));
            }
            return new DecodedVideo(size, frames);
        }
    }

    /** Pixels of {@code image} whose red, green and blue are each within {@code tolerance} of {@code rgb}. */
    public static int pixelsNear(BufferedImage image, int rgb, int tolerance) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (distance(image.getRGB(x, y), rgb) <= tolerance) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Pixels where the two images differ by more than {@code tolerance} in some channel; the
     * compression noise of the same drawing stays under it.
     */
    public static int pixelsDiffering(BufferedImage a, BufferedImage b, int tolerance) {
        int count = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) {
                if (distance(a.getRGB(x, y), b.getRGB(x, y)) > tolerance) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int distance(int rgb, int other) {
        int red = Math.abs(((rgb >> 16) & 0xFF) - ((other >> 16) & 0xFF));
        int green = Math.abs(((rgb >> 8) & 0xFF) - ((other >> 8) & 0xFF));
        int blue = Math.abs((rgb & 0xFF) - (other & 0xFF));
        return Math.max(red, Math.max(green, blue));
    }

    /**
     * The path of {@code ffprobe} on the PATH, if any. CI installs it; without it the tests that
     * need it are skipped.
     */
    public static Optional<Path> ffprobe() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, "ffprobe");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** What {@code ffprobe} says about the first video stream: {@code codec_name,width,height,nb_frames}. */
    public static String probe(Path ffprobe, Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ffprobe.toString(), "-v", "error", "-select_streams", "v:0",
                "-count_frames", "-show_entries", "stream=codec_name,width,height,nb_read_frames",
                "-of", "csv=p=0", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("ffprobe timed out on " + file);
        }
        return output.strip();
    }
}
