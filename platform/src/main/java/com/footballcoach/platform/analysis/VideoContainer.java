package com.footballcoach.platform.analysis;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The video containers the engine reads, recognised from their first bytes (never from the file name). */
enum VideoContainer {
    MP4("mp4"), MOV("mov"), MKV("mkv"), WEBM("webm"), AVI("avi");

    /** Bytes {@link #sniff} looks at; fewer are fine for a shorter file. */
    static final int SNIFF_BYTES = 64;

    private final String extension;

    VideoContainer(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    /** Whether the file is a sequence of ISO-BMFF / QuickTime boxes that must add up to its size ({@link BoxLayout}). */
    boolean isBoxed() {
        return this == MP4 || this == MOV;
    }

    /** ISO-BMFF {@code ftyp} (brand {@code qt  } → MOV), QuickTime atoms, EBML {@code 1A45DFA3}, {@code RIFF....AVI }. */
    static Optional<VideoContainer> sniff(byte[] head, int length) {
        if (length >= 12 && ascii(head, 4, 4).equals("ftyp")) {
            return Optional.of(ascii(head, 8, 4).equals("qt  ") ? MOV : MP4);
        }
        if (length >= 8 && switch (ascii(head, 4, 4)) {
            case "moov", "mdat", "wide", "free", "skip", "pnot" -> true;
            default -> false;
        }) {
            return Optional.of(MOV);
        }
        if (length >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF
                && (head[3] & 0xFF) == 0xA3) {
            return Optional.of(ascii(head, 0, length).contains("webm") ? WEBM : MKV);
        }
        if (length >= 12 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("AVI ")) {
            return Optional.of(AVI);
        }
        return Optional.empty();
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
}
