package com.footballcoach.platform.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartStreamTest {

    private static final String BOUNDARY = "XyZ123";

    @Test
    void readsFieldsAndABinaryFileThatContainsBoundaryLookalikes() throws IOException {
        byte[] file = new byte[300_000];
        new Random(7).nextBytes(file);
        byte[] lookalike = "\r\n--XyZ12".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(lookalike, 0, file, 65_530, lookalike.length);
        byte[] body = body(file);
        // a stream that hands out odd-sized pieces, like a network
        MultipartStream multipart = new MultipartStream(new Trickle(new ByteArrayInputStream(body)), BOUNDARY);

        MultipartStream.Part field = multipart.nextPart();
        assertThat(field).isEqualTo(new MultipartStream.Part("frame_limit", null));
        assertThat(multipart.readText(100)).isEqualTo("330");
        MultipartStream.Part part = multipart.nextPart();
        assertThat(part).isEqualTo(new MultipartStream.Part("file", "match video.mp4"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        multipart.copyBody(out);
        assertThat(out.toByteArray()).isEqualTo(file);
        assertThat(multipart.nextPart()).isNull();
    }

    @Test
    void refusesABodyWithoutClosingBoundary() {
        byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nabc")
                .getBytes(StandardCharsets.ISO_8859_1);
        MultipartStream multipart = new MultipartStream(new ByteArrayInputStream(body), BOUNDARY);

        assertThatThrownBy(() -> {
            multipart.nextPart();
            multipart.copyBody(OutputStreamSink.INSTANCE);
        }).isInstanceOf(MultipartStream.Malformed.class);
    }

    @Test
    void findsTheBoundaryOfAContentType() {
        assertThat(MultipartStream.boundaryOf("multipart/form-data; boundary=abc")).isEqualTo("abc");
        assertThat(MultipartStream.boundaryOf("multipart/form-data; charset=utf-8; boundary=\"a b\"")).isEqualTo("a b");
        assertThat(MultipartStream.boundaryOf("application/json")).isNull();
    }

    private static byte[] body(byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("preamble\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"frame_limit\"\r\n\r\n330\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"match video.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static final class OutputStreamSink {
        static final java.io.OutputStream INSTANCE = java.io.OutputStream.nullOutputStream();
    }

    private static final class Trickle extends FilterInputStream {
        private int turn;

        Trickle(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1 + (turn++ * 7919) % 9000));
        }
    }
}
