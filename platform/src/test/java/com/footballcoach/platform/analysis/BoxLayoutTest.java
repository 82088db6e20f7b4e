package com.footballcoach.platform.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoxLayoutTest {

    private static final byte[] FTYP = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's',
            'o', 'm', 'm', 'p', '4', '1'};

    @Test
    void acceptsBoxesThatAddUpToTheFileInWhateverPiecesTheyArrive() {
        byte[] file = concat(FTYP, box("moov", 100), largeBox("mdat", 5000), box("free", 0));

        for (int piece : new int[] {1, 3, 7, 16, 4096}) {
            assertThat(tiles(file, piece)).as("pieces of %d bytes", piece).isTrue();
        }
    }

    @Test
    void acceptsALastBoxOfSizeZeroThatRunsToTheEnd() {
        byte[] open = new byte[64];
        ByteBuffer.wrap(open).putInt(0).put("mdat".getBytes(StandardCharsets.US_ASCII));

        assertThat(tiles(concat(FTYP, open), 5)).isTrue();
        assertThat(tiles(concat(FTYP, new byte[4000]), 5)).as("zero padding reads as a box to the end").isTrue();
    }

    @Test
    void refusesHtmlAZipOrGarbageAfterTheLastBox() {
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'M', 'E', 'T', 'A', '-', 'I', 'N', 'F'};

        assertThat(tiles(concat(FTYP, html), 7)).isFalse();
        assertThat(tiles(concat(FTYP, box("moov", 40), zip), 7)).isFalse();
        assertThat(tiles(concat(FTYP, new byte[] {1, 2, 3}), 7)).as("a partial header").isFalse();
        assertThat(tiles(concat(FTYP, box("moov", 40)), 7)).isTrue();
    }

    @Test
    void refusesATruncatedBoxAndAnImpossibleSizeAtOnce() {
        byte[] truncated = concat(FTYP, box("mdat", 1000));
        byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 10);
        BoxLayout impossible = new BoxLayout();
        byte[] tiny = concat(FTYP, new byte[] {0, 0, 0, 4, 'b', 'a', 'd', '!'});
        impossible.accept(tiny, 0, tiny.length, 0);

        assertThat(tiles(cut, 100)).isFalse();
        assertThat(impossible.broken()).isTrue();
    }

    private static boolean tiles(byte[] file, int piece) {
        BoxLayout layout = new BoxLayout();
        for (int at = 0; at < file.length; at += piece) {
            layout.accept(file, at, Math.min(piece, file.length - at), at);
        }
        return layout.tiles(file.length);
    }

    private static byte[] box(String type, int payload) {
        ByteBuffer box = ByteBuffer.allocate(8 + payload);
        box.putInt(8 + payload).put(type.getBytes(StandardCharsets.US_ASCII));
        return box.array();
    }

    private static byte[] largeBox(String type, int payload) {
        ByteBuffer box = ByteBuffer.allocate(16 + payload);
        box.putInt(1).put(type.getBytes(StandardCharsets.US_ASCII)).putLong(16 + payload);
        return box.array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
