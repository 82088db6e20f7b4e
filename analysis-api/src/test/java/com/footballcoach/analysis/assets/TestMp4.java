package com.footballcoach.analysis.assets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test MP4 files with real chunk offsets: {@code ftyp}, {@code mdat} holding numbered samples,
 * a {@code free} box, then {@code moov} (moov last, as cameras write it) with two tracks, one
 * indexed by {@code stco} and one by {@code co64}. Readers of the boxes for the assertions.
 */
final class TestMp4 {

    static final int SAMPLES = 6;
    static final int SAMPLE_SIZE = 1000;

    private TestMp4() {
    }

    /** The file and where each sample started in it. */
    record Written(Path file, long[] sampleOffsets, byte[][] samples) {
    }

    static Written writeMoovLast(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(box("ftyp", concat(ascii("isom"), ByteBuffer.allocate(4).putInt(512).array(), ascii("isomavc1"))));
        byte[][] samples = new byte[SAMPLES][];
        long[] offsets = new long[SAMPLES];
        ByteArrayOutputStream mdat = new ByteArrayOutputStream();
        long mdatPayloadStart = out.size() + 8L;
        for (int i = 0; i < SAMPLES; i++) {
            byte[] sample = new byte[SAMPLE_SIZE];
            for (int j = 0; j < sample.length; j++) {
                sample[j] = (byte) (i * 31 + j * 7);
            }
            samples[i] = sample;
            offsets[i] = mdatPayloadStart + mdat.size();
            mdat.writeBytes(sample);
        }
        out.writeBytes(box("mdat", mdat.toByteArray()));
        out.writeBytes(box("free", new byte[64]));
        long[] first = {offsets[0], offsets[2], offsets[4]};
        long[] second = {offsets[1], offsets[3], offsets[5]};
        byte[] moov = box("moov", concat(box("mvhd", new byte[100]), track(stco(first)), track(co64(second))));
        out.writeBytes(moov);
        Files.write(file, out.toByteArray());
        return new Written(file, offsets, samples);
    }

    private static byte[] track(byte[] chunkOffsets) {
        byte[] stbl = box("stbl", concat(box("stsd", new byte[16]), box("stsz", new byte[12]), chunkOffsets));
        return box("trak", concat(box("tkhd", new byte[84]),
                box("mdia", concat(box("mdhd", new byte[24]), box("minf", stbl)))));
    }

    static byte[] stco(long... offsets) {
        ByteBuffer payload = ByteBuffer.allocate(8 + 4 * offsets.length).putInt(0).putInt(offsets.length);
        for (long offset : offsets) {
            payload.putInt((int) offset);
        }
        return box("stco", payload.array());
    }

    static byte[] co64(long... offsets) {
        ByteBuffer payload = ByteBuffer.allocate(8 + 8 * offsets.length).putInt(0).putInt(offsets.length);
        for (long offset : offsets) {
            payload.putLong(offset);
        }
        return box("co64", payload.array());
    }

    /** The types of the top-level boxes, in file order. */
    static List<String> topLevelTypes(Path file) throws IOException {
        List<String> types = new ArrayList<>();
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long position = 0;
            while (position < in.length()) {
                in.seek(position);
                long size = Integer.toUnsignedLong(in.readInt());
                byte[] type = new byte[4];
                in.readFully(type);
                if (size == 1) {
                    size = in.readLong();
                }
                types.add(new String(type, StandardCharsets.US_ASCII));
                position += size;
            }
        }
        return types;
    }

    /** Every chunk offset of every {@code stco}/{@code co64} in the file's {@code moov}, in order. */
    static List<Long> chunkOffsets(byte[] moovOrFile) {
        List<Long> offsets = new ArrayList<>();
        collect(ByteBuffer.wrap(moovOrFile), offsets);
        return offsets;
    }

    private static void collect(ByteBuffer bytes, List<Long> offsets) {
        while (bytes.remaining() >= 8) {
            int start = bytes.position();
            long size = Integer.toUnsignedLong(bytes.getInt());
            byte[] typeBytes = new byte[4];
            bytes.get(typeBytes);
            String type = new String(typeBytes, StandardCharsets.US_ASCII);
            ByteBuffer payload = bytes.slice(start + 8, (int) size - 8);
            switch (type) {
                case "moov", "trak", "mdia", "minf", "stbl" -> collect(payload, offsets);
                case "stco", "co64" -> {
                    payload.getInt();
                    int count = payload.getInt();
                    for (int i = 0; i < count; i++) {
                        offsets.add(type.equals("co64") ? payload.getLong() : Integer.toUnsignedLong(payload.getInt()));
                    }
                }
                default -> {
                }
            }
            bytes.position(start + (int) size);
        }
    }

    static byte[] box(String type, byte[] payload) {
        return ByteBuffer.allocate(8 + payload.length).putInt(8 + payload.length).put(ascii(type)).put(payload).array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
