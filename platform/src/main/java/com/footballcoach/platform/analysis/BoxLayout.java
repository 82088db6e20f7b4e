package com.footballcoach.platform.analysis;

/**
 * Follows the top-level boxes of an ISO-BMFF (MP4) or QuickTime (MOV) file as its bytes stream
 * past, to tell whether they add up to the file exactly. A file that starts like an MP4 but
 * carries anything else — HTML, a ZIP or JAR appended, a truncated box — does not: the bytes
 * after its last real box are read as a box header whose size is impossible or runs past the end.
 * A box of size 0 extends to the end of the file (allowed for the last box).
 */
final class BoxLayout {

    private final byte[] header = new byte[16];
    private long next;
    private int have;
    private boolean toEnd;
    private boolean broken;

    /** Takes the next {@code length} bytes of the file, which start at file offset {@code position}. */
    void accept(byte[] bytes, int offset, int length, long position) {
        long end = position + length;
        while (!toEnd && !broken) {
            long at = next + have;
            if (at >= end) {
                return;
            }
            int wanted = (have < 8 ? 8 : 16) - have;
            int n = (int) Math.min(wanted, end - at);
            System.arraycopy(bytes, offset + (int) (at - position), header, have, n);
            have += n;
            if (have == 8) {
                long size = readUnsigned32(header);
                if (size == 1) {
                    continue; // a 64-bit largesize follows the type
                }
                if (size == 0) {
                    toEnd = true;
                } else {
                    advance(size, 8);
                }
            } else if (have == 16) {
                advance(readLong(header), 16);
            }
        }
    }

    /** Whether the boxes seen so far are malformed whatever follows (a refusal need not wait for the end). */
    boolean broken() {
        return broken;
    }

    /** Whether the boxes tile a file of {@code size} bytes exactly. */
    boolean tiles(long size) {
        return !broken && (toEnd || (have == 0 && next == size));
    }

    private void advance(long size, int headerBytes) {
        if (size < headerBytes || size > Long.MAX_VALUE - next) {
            broken = true;
            return;
        }
        next += size;
        have = 0;
    }

    private static long readUnsigned32(byte[] b) {
        return ((b[0] & 0xFFL) << 24) | ((b[1] & 0xFFL) << 16) | ((b[2] & 0xFFL) << 8) | (b[3] & 0xFFL);
    }

    private static long readLong(byte[] b) {
        long value = 0;
        for (int i = 8; i < 16; i++) {
            value = (value << 8) | (b[i] & 0xFFL);
        }
        return value;
    }
}
