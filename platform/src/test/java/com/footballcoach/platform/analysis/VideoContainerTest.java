package com.footballcoach.platform.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VideoContainerTest {

    @Test
    void recognisesContainersFromTheirFirstBytesOnly() {
        assertThat(sniff(bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'))).isEqualTo("MP4");
        assertThat(sniff(bytes(0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '))).isEqualTo("MOV");
        assertThat(sniff(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x84, 'w', 'e', 'b', 'm'))).isEqualTo("WEBM");
        assertThat(sniff(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x88, 'm', 'a', 't', 'r'))).isEqualTo("MKV");
        assertThat(sniff(bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'A', 'V', 'I', ' '))).isEqualTo("AVI");
        assertThat(sniff("These are notes, not a video".getBytes(StandardCharsets.US_ASCII))).isEqualTo("none");
        assertThat(sniff(bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E'))).isEqualTo("none");
    }

    private static String sniff(byte[] head) {
        return VideoContainer.sniff(head, head.length).map(Enum::name).orElse("none");
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
