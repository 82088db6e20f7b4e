package com.footballcoach.simulator.media;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Writes small, structurally valid MP4 files of a chosen duration, for tests here and in other
 * modules: {@code ftyp}, {@code moov} ({@code mvhd}, one video {@code trak} with {@code tkhd},
 * {@code mdia}/{@code mdhd}/{@code hdlr}/{@code minf} and empty sample tables) and a small
 * {@code mdat}. No frame is encoded: players accept the file but show nothing.
 */
public final class SampleVideos {

    private static final int TIMESCALE = 1000;
    private static final int MDAT_PAYLOAD = 1024;

    private SampleVideos() {
    }

    /** Writes an MP4 with {@code moov} before {@code mdat} (fast start), {@code mvhd} version 0. */
    public static Path writeMp4(Path file, Duration duration) {
        return write(file, new Layout(duration, false, false, 0));
    }

    /** Writes an MP4 with {@code moov} after {@code mdat}, as most cameras record it. */
    public static Path writeMp4WithMoovLast(Path file, Duration duration) {
        return write(file, new Layout(duration, true, false, 0));
    }

    /** Writes an MP4 whose {@code mvhd} and {@code mdhd} use version 1 (64-bit times). */
    static Path writeMp4WithVersion1Header(Path file, Duration duration) {
        return write(file, new Layout(duration, false, true, 0));
    }

    /**
     * Writes an MP4 whose {@code mdat} uses a 64-bit {@code largesize} and claims
     * {@code mdatBytes} bytes, followed by {@code moov}. The file is sparse: nothing is written
     * inside {@code mdat}.
     */
    static Path writeMp4WithLargeMdatBeforeMoov(Path file, Duration duration, long mdatBytes) {
        return write(file, new Layout(duration, true, false, mdatBytes));
    }

    private static Path write(Path file, Layout layout) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            byte[] ftyp = ftyp();
            byte[] moov = moov(layout);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(ftyp));
                if (!layout.moovLast()) {
                    channel.write(ByteBuffer.wrap(moov));
                }
                if (layout.largeMdatBytes() > 0) {
                    ByteBuffer header = ByteBuffer.allocate(16);
                    header.putInt(1).put(ascii("mdat")).putLong(layout.largeMdatBytes()).flip();
                    long start = channel.position();
                    channel.write(header);
                    channel.position(start + layout.largeMdatBytes());
                } else {
                    channel.write(ByteBuffer.wrap(box("mdat", new byte[MDAT_PAYLOAD])));
                }
                if (layout.moovLast()) {
                    channel.write(ByteBuffer.wrap(moov));
                }
            }
            return file;
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot write sample video " + file, ex);
        }
    }

    private static byte[] ftyp() {
        return box("ftyp", out -> {
            out.write(ascii("isom"));
            out.writeInt(512);
            out.write(ascii("isom"));
            out.write(ascii("iso2"));
            out.write(ascii("avc1"));
            out.write(ascii("mp41"));
        });
    }

    private static byte[] moov(Layout layout) {
        long units = layout.duration().toMillis() * TIMESCALE / 1000;
        boolean v1 = layout.version1();
        byte[] mvhd = box("mvhd", out -> {
            fullBoxHeader(out, v1 ? 1 : 0, 0);
            times(out, v1, TIMESCALE, units);
            out.writeInt(0x0001_0000); // rate 1.0
            out.writeShort(0x0100); // volume 1.0
            out.write(new byte[10]);
            matrix(out);
            out.write(new byte[24]); // pre_defined
            out.writeInt(2); // next_track_ID
        });
        byte[] tkhd = box("tkhd", out -> {
            fullBoxHeader(out, v1 ? 1 : 0, 0x000003); // enabled, in movie
            if (v1) {
                out.writeLong(0);
                out.writeLong(0);
                out.writeInt(1);
                out.writeInt(0);
                out.writeLong(units);
            } else {
                out.writeInt(0);
                out.writeInt(0);
                out.writeInt(1);
                out.writeInt(0);
                out.writeInt((int) units);
            }
            out.write(new byte[8]);
            out.writeShort(0); // layer
            out.writeShort(0); // alternate_group
            out.writeShort(0); // volume: video track
            out.writeShort(0);
            matrix(out);
            out.writeInt(640 << 16);
            out.writeInt(360 << 16);
        });
        byte[] mdhd = box("mdhd", out -> {
            fullBoxHeader(out, v1 ? 1 : 0, 0);
            times(out, v1, TIMESCALE, units);
            out.writeShort(0x55C4); // language "und"
            out.writeShort(0);
        });
        byte[] hdlr = box("hdlr", out -> {
            fullBoxHeader(out, 0, 0);
            out.writeInt(0);
            out.write(ascii("vide"));
            out.write(new byte[12]);
            out.write("VideoHandler\0".getBytes(StandardCharsets.US_ASCII));
        });
        byte[] vmhd = box("vmhd", out -> {
            fullBoxHeader(out, 0, 1);
            out.write(new byte[8]);
        });
        byte[] dinf = box("dinf", box("dref", out -> {
            fullBoxHeader(out, 0, 0);
            out.writeInt(1);
            out.write(box("url ", o -> fullBoxHeader(o, 0, 1)));
        }));
        byte[] stbl = box("stbl", concat(
                emptyTable("stsd"), emptyTable("stts"), emptyTable("stsc"),
                box("stsz", out -> {
                    fullBoxHeader(out, 0, 0);
                    out.writeInt(0);
                    out.writeInt(0);
                }),
                emptyTable("stco")));
        byte[] minf = box("minf", concat(vmhd, dinf, stbl));
        byte[] mdia = box("mdia", concat(mdhd, hdlr, minf));
        byte[] trak = box("trak", concat(tkhd, mdia));
        return box("moov", concat(mvhd, trak));
    }

    private static void times(DataOutputStream out, boolean v1, int timescale, long units) throws IOException {
        if (v1) {
            out.writeLong(0);
            out.writeLong(0);
            out.writeInt(timescale);
            out.writeLong(units);
        } else {
            out.writeInt(0);
            out.writeInt(0);
            out.writeInt(timescale);
            out.writeInt((int) units);
        }
    }

    private static void matrix(DataOutputStream out) throws IOException {
        int[] unity = {0x0001_0000, 0, 0, 0, 0x0001_0000, 0, 0, 0, 0x4000_0000};
        for (int value : unity) {
            out.writeInt(value);
        }
    }

    private static byte[] emptyTable(String type) {
        return box(type, out -> {
            fullBoxHeader(out, 0, 0);
            out.writeInt(0);
        });
    }

    private static void fullBoxHeader(DataOutputStream out, int version, int flags) throws IOException {
        out.writeInt((version << 24) | (flags & 0xFF_FFFF));
    }

    private static byte[] box(String type, byte[] payload) {
        return box(type, out -> out.write(payload));
    }

    private static byte[] box(String type, BoxBody body) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(0);
            out.write(ascii(type));
            body.write(out);
            out.flush();
            byte[] result = bytes.toByteArray();
            ByteBuffer.wrap(result).putInt(0, result.length);
            return result;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String fourcc) {
        return fourcc.getBytes(StandardCharsets.US_ASCII);
    }

    @FunctionalInterface
    private interface BoxBody {
        void write(DataOutputStream out) throws IOException;
    }

    private record Layout(Duration duration, boolean moovLast, boolean version1, long largeMdatBytes) {
    }
}
