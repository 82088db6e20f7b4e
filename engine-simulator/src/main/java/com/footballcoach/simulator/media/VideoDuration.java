package com.footballcoach.simulator.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the duration of a video from its container header, without decoding and without reading
 * the media data.
 *
 * <ul>
 *   <li>MP4 / MOV (ISO-BMFF): walks the top-level boxes with seeks to {@code moov/mvhd}
 *       (version 0 or 1), so {@code moov} may come before or after a large {@code mdat} and
 *       64-bit {@code largesize} boxes are followed.</li>
 *   <li>AVI: {@code avih} microseconds per frame × total frames.</li>
 *   <li>Anything else (Matroska/WebM included): empty, the caller picks a fallback.</li>
 * </ul>
 */
public final class VideoDuration {

    private static final Set<String> TOP_LEVEL_BOXES = Set.of(
            "ftyp", "moov", "mdat", "free", "skip", "wide", "pnot", "uuid", "styp", "meta", "pdin");

    /** Upper bound of the boxes walked before giving up, against corrupt files looping forever. */
    private static final int MAX_BOXES = 10_000;

    private VideoDuration() {
    }

    /**
     * The duration of the video in {@code file}.
     *
     * @return the duration, or empty when the container is unknown or its header has none
     * @throws IOException when the file cannot be read at all
     */
    public static Optional<Duration> read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(12);
            readFully(channel, head, 0);
            head.flip();
            if (head.remaining() < 12) {
                return Optional.empty();
            }
            String first = ascii(head, 0, 4);
            String boxType = ascii(head, 4, 4);
            if ("RIFF".equals(first) && "AVI ".equals(ascii(head, 8, 4))) {
                return readAvi(channel);
            }
            if (TOP_LEVEL_BOXES.contains(boxType)) {
                return readIsoBmff(channel);
            }
            return Optional.empty();
        }
    }

    private static Optional<Duration> readIsoBmff(FileChannel channel) throws IOException {
        long size = channel.size();
        return findBox(channel, 0, size, "moov")
                .flatMap(moov -> findBoxUnchecked(channel, moov.payloadStart(), moov.end(), "mvhd"))
                .flatMap(mvhd -> readMvhd(channel, mvhd));
    }

    private static Optional<Box> findBoxUnchecked(FileChannel channel, long from, long to, String type) {
        try {
            return findBox(channel, from, to, type);
        } catch (IOException ex) {
            return Optional.empty();
        }
    }

    private static Optional<Box> findBox(FileChannel channel, long from, long to, String type)
            throws IOException {
        long position = from;
        ByteBuffer header = ByteBuffer.allocate(16);
        for (int walked = 0; walked < MAX_BOXES && position + 8 <= to; walked++) {
            header.clear().limit(8);
            readFully(channel, header, position);
            header.flip();
            if (header.remaining() < 8) {
                return Optional.empty();
            }
            long boxSize = Integer.toUnsignedLong(header.getInt(0));
            String boxType = ascii(header, 4, 4);
            int headerSize = 8;
            if (boxSize == 1) {
                header.clear().limit(8);
                readFully(channel, header, position + 8);
                header.flip();
                if (header.remaining() < 8) {
                    return Optional.empty();
                }
                boxSize = header.getLong(0);
                headerSize = 16;
            } else if (boxSize == 0) {
                boxSize = to - position;
            }
            if (boxSize < headerSize || position + boxSize > to) {
                return Optional.empty();
            }
            if (type.equals(boxType)) {
                return Optional.of(new Box(position + headerSize, position + boxSize));
            }
            position += boxSize;
        }
        return Optional.empty();
    }

    private static Optional<Duration> readMvhd(FileChannel channel, Box mvhd) {
        try {
            ByteBuffer body = ByteBuffer.allocate(32);
            readFully(channel, body, mvhd.payloadStart());
            body.flip();
            if (body.remaining() < 20) {
                return Optional.empty();
            }
            int version = body.get(0);
            long timescale;
            long duration;
            if (version == 1) {
                if (body.remaining() < 32) {
                    return Optional.empty();
                }
                timescale = Integer.toUnsignedLong(body.getInt(20));
                duration = body.getLong(24);
            } else {
                timescale = Integer.toUnsignedLong(body.getInt(12));
                duration = Integer.toUnsignedLong(body.getInt(16));
            }
            // All ones means "unknown" in the spec.
            if (timescale == 0 || duration <= 0 || duration == 0xFFFF_FFFFL) {
                return Optional.empty();
            }
            long millis = duration < Long.MAX_VALUE / 1000L
                    ? duration * 1000L / timescale
                    : duration / timescale * 1000L;
            return Optional.of(Duration.ofMillis(millis));
        } catch (IOException ex) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> readAvi(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, head, 0);
        head.flip();
        byte[] bytes = new byte[head.remaining()];
        head.get(bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int avih = text.indexOf("avih");
        // avih: fourcc, size, then dwMicroSecPerFrame ... dwTotalFrames at +16 of the payload.
        if (avih < 0 || avih + 8 + 20 > bytes.length) {
            return Optional.empty();
        }
        ByteBuffer fields = ByteBuffer.wrap(bytes, avih + 8, 20).slice().order(ByteOrder.LITTLE_ENDIAN);
        long microsPerFrame = Integer.toUnsignedLong(fields.getInt(0));
        long totalFrames = Integer.toUnsignedLong(fields.getInt(16));
        if (microsPerFrame == 0 || totalFrames == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofNanos(microsPerFrame * 1000L).multipliedBy(totalFrames));
        } catch (ArithmeticException ex) {
            return Optional.empty();
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                return;
            }
            at += read;
        }
    }

    private static String ascii(ByteBuffer buffer, int offset, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = buffer.get(offset + i);
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private record Box(long payloadStart, long end) {
    }
}
