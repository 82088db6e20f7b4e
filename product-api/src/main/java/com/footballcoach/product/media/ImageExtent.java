package com.footballcoach.product.media;

/**
 * Where a PNG, JPEG or WebP image ends, read from its own structure: after the PNG {@code IEND}
 * chunk, the JPEG end-of-image marker, or the size the WebP {@code RIFF} header declares.
 * Whatever follows — a ZIP or JAR appended to make a polyglot, HTML, a phone's motion-photo
 * trailer — is not part of the image, and is not stored.
 */
final class ImageExtent {

    private static final int PNG_SIGNATURE = 8;

    private ImageExtent() {
    }

    /** The length of the image at the start of {@code bytes}, or -1 when its structure is broken or incomplete. */
    static int of(byte[] bytes, String extension) {
        return switch (extension) {
            case ".png" -> png(bytes);
            case ".jpg" -> jpeg(bytes);
            case ".webp" -> webp(bytes);
            default -> -1;
        };
    }

    /** Chunks of length, type, data and CRC from the signature on; IHDR first, IEND last. */
    private static int png(byte[] b) {
        long at = PNG_SIGNATURE;
        boolean first = true;
        while (at + 12 <= b.length) {
            long length = u32(b, (int) at);
            String type = new String(b, (int) at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (length > Integer.MAX_VALUE || !type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
                    || (first && !type.equals("IHDR"))) {
                return -1;
            }
            first = false;
            at += 12 + length;
            if (at > b.length) {
                return -1;
            }
            if (type.equals("IEND")) {
                return (int) at;
            }
        }
        return -1;
    }

    /**
     * Marker segments from SOI on, skipped by their lengths (so an embedded thumbnail's markers are
     * not mistaken for the end); after each start-of-scan, the entropy-coded data up to the next
     * marker that is neither a stuffed byte nor a restart; the image ends at EOI.
     */
    private static int jpeg(byte[] b) {
        int at = 2;
        while (at < b.length) {
            if ((b[at] & 0xFF) != 0xFF) {
                return -1;
            }
            while (at < b.length && (b[at] & 0xFF) == 0xFF) {
                at++; // fill bytes
            }
            if (at >= b.length) {
                return -1;
            }
            int marker = b[at++] & 0xFF;
            if (marker == 0xD9) {
                return at;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // standalone markers
            }
            if (marker == 0xD8 || marker == 0x00 || at + 2 > b.length) {
                return -1;
            }
            int length = ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
            if (length < 2 || at + length > b.length) {
                return -1;
            }
            at += length;
            if (marker == 0xDA) {
                at = endOfScan(b, at);
                if (at < 0) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static int endOfScan(byte[] b, int at) {
        while (at + 1 < b.length) {
            if ((b[at] & 0xFF) == 0xFF) {
                int next = b[at + 1] & 0xFF;
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7) || next == 0xFF) {
                    at += next == 0xFF ? 1 : 2;
                    continue;
                }
                return at;
            }
            at++;
        }
        return -1;
    }

    /** {@code RIFF <size> WEBP}: the file is 8 bytes plus the declared size. */
    private static int webp(byte[] b) {
        if (b.length < 12) {
            return -1;
        }
        long size = (b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
        long end = 8 + size;
        return size < 4 || end > b.length ? -1 : (int) end;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
    }
}
