package com.footballcoach.analysis.assets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real videos made and checked with the machine's {@code ffmpeg} and {@code ffprobe}. A test
 * that needs them calls {@link #requireFfmpeg}: without them it is skipped (a JUnit assumption)
 * and the reason is logged.
 */
final class TestVideos {

    private static final Logger log = LoggerFactory.getLogger(TestVideos.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ROOT_ATOM = Pattern.compile("type:'(\\w{4})' parent:'root'");

    /** Frames in a video made by {@link #writeMoovLast}: 3 s at 25 fps. */
    static final int FRAMES = 75;

    private TestVideos() {
    }

    /** The paths of ffmpeg and ffprobe, or a skipped test. */
    record Tools(String ffmpeg, String ffprobe) {
    }

    static Tools requireFfmpeg(String test) {
        Optional<String> ffmpeg = PreviewVideos.executable("ffmpeg");
        Optional<String> ffprobe = PreviewVideos.executable("ffprobe");
        if (ffmpeg.isEmpty() || ffprobe.isEmpty()) {
            String reason = "ffmpeg/ffprobe not on the PATH (Debian: apt-get install ffmpeg); skipping " + test;
            log.warn(reason);
            Assumptions.abort(reason);
        }
        return new Tools(ffmpeg.get(), ffprobe.get());
    }

    /** What a command printed and how it ended. */
    record Run(int exitCode, String output) {
    }

    static Run run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("ffmpeg-test", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + command);
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /**
     * A 3-second 1280×720 H.264 video with AAC audio, as ffmpeg writes it by default (without
     * {@code +faststart}): {@code moov} after {@code mdat}, as cameras do.
     */
    static Path writeMoovLast(Tools tools, Path file) throws IOException, InterruptedException {
        Run run = run(List.of(tools.ffmpeg(), "-nostdin", "-v", "error", "-y",
                "-f", "lavfi", "-i", "testsrc=duration=3:size=1280x720:rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440:duration=3",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-threads", "1",
                "-c:a", "aac", "-shortest", file.toString()));
        if (run.exitCode() != 0) {
            throw new IllegalStateException("ffmpeg could not make a test video: " + run.output());
        }
        return file;
    }

    /** The top-level atoms in the order ffprobe's demuxer meets them ({@code -v trace}). */
    static List<String> rootAtomsSeenByFfprobe(Tools tools, Path file) throws IOException, InterruptedException {
        Run run = run(List.of(tools.ffprobe(), "-v", "trace", file.toString()));
        List<String> atoms = new ArrayList<>();
        Matcher matcher = ROOT_ATOM.matcher(run.output());
        while (matcher.find()) {
            atoms.add(matcher.group(1));
        }
        return atoms;
    }

    /** {@code ffmpeg -v error -i file -f null -}: the errors of decoding every frame (empty when none). */
    static Run decode(Tools tools, Path file) throws IOException, InterruptedException {
        return run(List.of(tools.ffmpeg(), "-nostdin", "-v", "error", "-i", file.toString(), "-f", "null", "-"));
    }

    /** The MD5 of every decoded video frame, in order ({@code -f framemd5}). */
    static List<String> frameHashes(Tools tools, Path file) throws IOException, InterruptedException {
        Run run = run(List.of(tools.ffmpeg(), "-nostdin", "-v", "error", "-i", file.toString(), "-map", "0:v",
                "-f", "framemd5", "-"));
        if (run.exitCode() != 0) {
            throw new IllegalStateException("ffmpeg could not decode " + file + ": " + run.output());
        }
        return run.output().lines().filter(line -> !line.startsWith("#")).toList();
    }

    /** The first video stream as ffprobe reports it, frames counted by decoding. */
    static JsonNode videoStream(Tools tools, Path file) throws IOException, InterruptedException {
        Run run = run(List.of(tools.ffprobe(), "-v", "error", "-select_streams", "v:0", "-count_frames",
                "-show_entries", "stream=codec_name,width,height,nb_read_frames", "-of", "json", file.toString()));
        if (run.exitCode() != 0) {
            throw new IllegalStateException("ffprobe failed on " + file + ": " + run.output());
        }
        return JSON.readTree(run.output()).get("streams").get(0);
    }
}
