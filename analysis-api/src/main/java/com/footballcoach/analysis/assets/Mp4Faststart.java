package com.footballcoach.analysis.assets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Rewrites an MP4 whose {@code moov} box follows {@code mdat} so that {@code moov} comes first,
 * in pure Java: a player can then start and seek before the whole file has arrived.
 *
 * <p>The new file holds the boxes before the first {@code mdat}, then {@code moov} with every
 * chunk offset ({@code stco}, {@code co64}) moved by the bytes inserted before it, then the
 * rest. An {@code stco} whose offsets would overflow 32 bits becomes a {@code co64}. The file
 * is written beside the original and moved over it atomically; readers holding the old file
 * keep reading it. Files already in fast-start order, fragmented files and files that do not
 * parse are left alone.
 */
public final class Mp4Faststart {

    /** The largest {@code moov} read into memory (sample tables of a multi-hour video fit easily). */
    static final long MAX_MOOV_BYTES = 64L * 1024 * 1024;

    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "stbl");
    private static final long UINT32_MAX = 0xFFFF_FFFFL;

    private Mp4Faststart() {
    }

    /** What {@link #rewrite} did, or would do. */
    public enum Outcome {
        /** {@code moov} now precedes {@code mdat}. */
        REWRITTEN,
        /** {@code moov} already preceded {@code mdat}; the file is untouched. */
        ALREADY_FASTSTART,
        /** Not an MP4 this class understands (no valid top-level boxes, no {@code moov} or {@code mdat}). */
        NOT_MP4,
        /** An MP4 left as it is: fragmented, several {@code moov}, a {@code moov} too large, or changed meanwhile. */
        UNSUPPORTED
    }

    /** The outcome and, for the refusals, why. */
    public record Result(Outcome outcome, String detail) {
    }

    /** A top-level box: its type, where it starts and its total size (header included). */
    record Box(String type, long start, long size, int headerSize) {

        long end() {
            return start + size;
        }
    }

    /** Whether the file needs a rewrite, without changing it. */
    public static Result inspect(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            return plan(in, in.size()).result();
        }
    }

    /** Moves {@code moov} before {@code mdat} when it is not already; idempotent. */
    public static Result rewrite(Path file) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Path temp = file.resolveSibling("." + file.getFileName() + ".faststart-" + UUID.randomUUID() + ".tmp");
        long size;
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            size = in.size();
            Plan plan = plan(in, size);
            if (plan.result().outcome() != Outcome.REWRITTEN) {
                return plan.result();
            }
            Box moov = plan.moov();
            ByteBuffer oldMoov = ByteBuffer.allocate((int) moov.size());
            readFully(in, oldMoov, moov.start());
            byte[] newMoov;
            try {
                newMoov = relocate(oldMoov.array(), plan.insertAt(), moov.start(), moov.end());
            } catch (IllegalArgumentException e) {
                return new Result(Outcome.UNSUPPORTED, "moov does not parse: " + e.getMessage());
            }
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                copy(in, 0, plan.insertAt(), out);
                ByteBuffer moovBytes = ByteBuffer.wrap(newMoov);
                while (moovBytes.hasRemaining()) {
                    out.write(moovBytes);
                }
                copy(in, plan.insertAt(), moov.start() - plan.insertAt(), out);
                copy(in, moov.end(), size - moov.end(), out);
                out.force(true);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        if (!Files.getLastModifiedTime(file).equals(before) || Files.size(file) != size) {
            Files.deleteIfExists(temp);
            return new Result(Outcome.UNSUPPORTED, "the file changed while it was rewritten");
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Result(Outcome.REWRITTEN, "moov moved before mdat");
    }

    private record Plan(Result result, Box moov, long insertAt) {

        static Plan of(Outcome outcome, String detail) {
            return new Plan(new Result(outcome, detail), new Box("none", 0, 0, 0), 0);
        }
    }

    private static Plan plan(FileChannel in, long size) throws IOException {
        List<Box> boxes = topLevelBoxes(in, size);
        if (boxes == null || boxes.stream().noneMatch(b -> b.type().equals("ftyp"))) {
            return Plan.of(Outcome.NOT_MP4, "no valid MP4 box structure");
        }
        List<Box> moovs = boxes.stream().filter(b -> b.type().equals("moov")).toList();
        Box firstMdat = boxes.stream().filter(b -> b.type().equals("mdat")).findFirst().orElse(null);
        if (moovs.isEmpty() || firstMdat == null) {
            return Plan.of(Outcome.NOT_MP4, "no moov or no mdat box");
        }
        if (moovs.size() > 1) {
            return Plan.of(Outcome.UNSUPPORTED, "several moov boxes");
        }
        if (boxes.stream().anyMatch(b -> b.type().equals("moof"))) {
            return Plan.of(Outcome.UNSUPPORTED, "fragmented MP4 (moof boxes)");
        }
        Box moov = moovs.get(0);
        if (moov.start() < firstMdat.start()) {
            return Plan.of(Outcome.ALREADY_FASTSTART, "moov precedes mdat");
        }
        if (moov.size() > MAX_MOOV_BYTES) {
            return Plan.of(Outcome.UNSUPPORTED, "moov larger than " + MAX_MOOV_BYTES + " bytes");
        }
        return new Plan(new Result(Outcome.REWRITTEN, "moov follows mdat"), moov, firstMdat.start());
    }

    /** The top-level boxes, or {@code null} when the file is not a sequence of well-formed boxes. */
    static List<Box> topLevelBoxes(FileChannel in, long size) throws IOException {
        List<Box> boxes = new ArrayList<>();
        ByteBuffer header = ByteBuffer.allocate(16);
        long position = 0;
        while (position < size) {
            if (size - position < 8) {
                return null;
            }
            header.clear().limit(8);
            readFully(in, header, position);
            long boxSize = Integer.toUnsignedLong(header.getInt(0));
            String type = fourcc(header.array(), 4);
            if (type == null) {
                return null;
            }
            int headerSize = 8;
            if (boxSize == 1) {
                if (size - position < 16) {
                    return null;
                }
                header.clear().limit(8);
                readFully(in, header, position + 8);
                boxSize = header.getLong(0);
                headerSize = 16;
            } else if (boxSize == 0) {
                boxSize = size - position;
            }
            if (boxSize < headerSize || boxSize > size - position) {
                return null;
            }
            boxes.add(new Box(type, position, boxSize, headerSize));
            position += boxSize;
        }
        return boxes;
    }

    /**
     * The {@code moov} box with its chunk offsets moved to the new layout: bytes in
     * {@code [insertAt, moovStart)} move forward by the new {@code moov} size, bytes after the
     * old {@code moov} by the difference of the new and the old size.
     */
    static byte[] relocate(byte[] moov, long insertAt, long moovStart, long moovEnd) {
        Node root = parse(ByteBuffer.wrap(moov), "moov-root").get(0);
        List<ChunkOffsets> tables = new ArrayList<>();
        root.collect(tables);
        long oldSize = moovEnd - moovStart;
        boolean changed = true;
        while (changed) {
            changed = false;
            long newSize = root.size();
            for (ChunkOffsets table : tables) {
                if (!table.wide && table.maxShifted(insertAt, moovStart, moovEnd, oldSize, newSize) > UINT32_MAX) {
                    table.wide = true;
                    changed = true;
                }
            }
        }
        long newSize = root.size();
        for (ChunkOffsets table : tables) {
            table.shift(insertAt, moovStart, moovEnd, oldSize, newSize);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) newSize);
        root.write(out);
        return out.toByteArray();
    }

    private static long moved(long offset, long insertAt, long moovStart, long moovEnd, long oldSize, long newSize) {
        if (offset < insertAt) {
            return offset;
        }
        if (offset < moovStart) {
            return offset + newSize;
        }
        if (offset >= moovEnd) {
            return offset - oldSize + newSize;
        }
        throw new IllegalArgumentException("A chunk offset points into the moov box");
    }

    private abstract static class Node {

        final String type;
        final boolean largeHeader;

        Node(String type, boolean largeHeader) {
            this.type = type;
            this.largeHeader = largeHeader;
        }

        abstract long payloadSize();

        abstract void writePayload(ByteArrayOutputStream out);

        long size() {
            return (largeHeader ? 16 : 8) + payloadSize();
        }

        void collect(List<ChunkOffsets> tables) {
        }

        void write(ByteArrayOutputStream out) {
            ByteBuffer header = ByteBuffer.allocate(largeHeader ? 16 : 8);
            if (largeHeader) {
                header.putInt(1).put(type.getBytes(StandardCharsets.ISO_8859_1)).putLong(size());
            } else {
                long size = size();
                if (size > UINT32_MAX) {
                    throw new IllegalArgumentException("Box " + type + " too large for a 32-bit size");
                }
                header.putInt((int) size).put(type.getBytes(StandardCharsets.ISO_8859_1));
            }
            out.writeBytes(header.array());
            writePayload(out);
        }
    }

    private static final class Container extends Node {

        final List<Node> children;

        Container(String type, boolean largeHeader, List<Node> children) {
            super(type, largeHeader);
            this.children = children;
        }

        @Override
        long payloadSize() {
            return children.stream().mapToLong(Node::size).sum();
        }

        @Override
        void collect(List<ChunkOffsets> tables) {
            children.forEach(child -> child.collect(tables));
        }

        @Override
        void writePayload(ByteArrayOutputStream out) {
            children.forEach(child -> child.write(out));
        }
    }

    private static final class Leaf extends Node {

        final byte[] payload;

        Leaf(String type, boolean largeHeader, byte[] payload) {
            super(type, largeHeader);
            this.payload = payload;
        }

        @Override
        long payloadSize() {
            return payload.length;
        }

        @Override
        void writePayload(ByteArrayOutputStream out) {
            out.writeBytes(payload);
        }
    }

    /** An {@code stco} (32-bit) or {@code co64} (64-bit) table; {@code wide} once it must be a {@code co64}. */
    private static final class ChunkOffsets extends Node {

        final int versionAndFlags;
        final long[] offsets;
        boolean wide;

        ChunkOffsets(String type, boolean largeHeader, ByteBuffer payload) {
            super(type, largeHeader);
            this.wide = type.equals("co64");
            this.versionAndFlags = payload.getInt();
            long count = Integer.toUnsignedLong(payload.getInt());
            if (count * (wide ? 8 : 4) > payload.remaining()) {
                throw new IllegalArgumentException("Truncated " + type);
            }
            offsets = new long[(int) count];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = wide ? payload.getLong() : Integer.toUnsignedLong(payload.getInt());
            }
        }

        long maxShifted(long insertAt, long moovStart, long moovEnd, long oldSize, long newSize) {
            long max = 0;
            for (long offset : offsets) {
                max = Math.max(max, moved(offset, insertAt, moovStart, moovEnd, oldSize, newSize));
            }
            return max;
        }

        void shift(long insertAt, long moovStart, long moovEnd, long oldSize, long newSize) {
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = moved(offsets[i], insertAt, moovStart, moovEnd, oldSize, newSize);
            }
        }

        @Override
        void write(ByteArrayOutputStream out) {
            if (wide && type.equals("stco")) {
                new ChunkOffsetsAs("co64", this).write(out);
            } else {
                super.write(out);
            }
        }

        @Override
        long payloadSize() {
            return 8L + (long) offsets.length * (wide ? 8 : 4);
        }

        @Override
        void collect(List<ChunkOffsets> tables) {
            tables.add(this);
        }

        @Override
        void writePayload(ByteArrayOutputStream out) {
            ByteBuffer payload = ByteBuffer.allocate((int) payloadSize());
            payload.putInt(versionAndFlags).putInt(offsets.length);
            for (long offset : offsets) {
                if (wide) {
                    payload.putLong(offset);
                } else {
                    payload.putInt((int) offset);
                }
            }
            out.writeBytes(payload.array());
        }
    }

    /** An upgraded {@code stco} written under its new name. */
    private static final class ChunkOffsetsAs extends Node {

        final ChunkOffsets table;

        ChunkOffsetsAs(String type, ChunkOffsets table) {
            super(type, table.largeHeader);
            this.table = table;
        }

        @Override
        long payloadSize() {
            return table.payloadSize();
        }

        @Override
        void writePayload(ByteArrayOutputStream out) {
            table.writePayload(out);
        }
    }

    private static List<Node> parse(ByteBuffer bytes, String parent) {
        List<Node> nodes = new ArrayList<>();
        while (bytes.hasRemaining()) {
            if (bytes.remaining() < 8) {
                throw new IllegalArgumentException("Truncated box in " + parent);
            }
            int start = bytes.position();
            long size = Integer.toUnsignedLong(bytes.getInt());
            byte[] typeBytes = new byte[4];
            bytes.get(typeBytes);
            String type = fourcc(typeBytes, 0);
            if (type == null) {
                throw new IllegalArgumentException("Invalid box type in " + parent);
            }
            boolean large = size == 1;
            if (large) {
                size = bytes.getLong();
            } else if (size == 0) {
                size = bytes.limit() - start;
            }
            int headerSize = large ? 16 : 8;
            if (size < headerSize || size > bytes.limit() - start) {
                throw new IllegalArgumentException("Invalid size of box " + type + " in " + parent);
            }
            ByteBuffer payload = bytes.slice(start + headerSize, (int) size - headerSize);
            bytes.position(start + (int) size);
            if (CONTAINERS.contains(type)) {
                nodes.add(new Container(type, large, parse(payload, type)));
            } else if (type.equals("stco") || type.equals("co64")) {
                nodes.add(new ChunkOffsets(type, large, payload));
            } else {
                byte[] copy = new byte[payload.remaining()];
                payload.get(copy);
                nodes.add(new Leaf(type, large, copy));
            }
        }
        return nodes;
    }

    private static String fourcc(byte[] bytes, int offset) {
        for (int i = offset; i < offset + 4; i++) {
            int c = bytes[i] & 0xFF;
            // printable ASCII, plus the (c) sign some metadata boxes start with
            if ((c < 0x20 || c > 0x7E) && c != 0xA9) {
                return null;
            }
        }
        return new String(bytes, offset, 4, StandardCharsets.ISO_8859_1);
    }

    private static void readFully(FileChannel in, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = in.read(buffer, at);
            if (n < 0) {
                throw new IOException("Unexpected end of file at " + at);
            }
            at += n;
        }
        buffer.flip();
    }

    private static void copy(FileChannel in, long position, long count, FileChannel out) throws IOException {
        long done = 0;
        while (done < count) {
            long n = in.transferTo(position + done, count - done, out);
            if (n <= 0) {
                throw new IOException("Copy stalled at " + (position + done));
            }
            done += n;
        }
    }
}
