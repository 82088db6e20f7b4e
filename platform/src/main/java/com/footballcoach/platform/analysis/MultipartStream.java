package com.footballcoach.platform.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A streaming reader of a {@code multipart/form-data} body: parts are read one after the other
 * straight from the request stream, through a fixed 64 KiB buffer, so a part of any size passes
 * to its sink without being held in memory.
 */
final class MultipartStream {

    /** A part's headers: its form field name and, for files, the client's file name. */
    record Part(String name, @Nullable String fileName) {
    }

    static final class Malformed extends IOException {
        Malformed(String message) {
            super(message);
        }
    }

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final Pattern PARAM = Pattern.compile(";\\s*([a-zA-Z*]+)\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^;\\s]+)");

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int lim;
    private boolean finished;

    MultipartStream(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // the first boundary has no CRLF before it: pretend it had one
        buf[0] = '\r';
        buf[1] = '\n';
        lim = 2;
    }

    /** The boundary of a {@code multipart/form-data} content type, or null when it is not one. */
    static @Nullable String boundaryOf(@Nullable String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        Matcher m = PARAM.matcher(contentType);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase("boundary")) {
                String value = m.group(3) != null ? m.group(3) : m.group(2);
                return value.isEmpty() || value.length() > 200 ? null : value;
            }
        }
        return null;
    }

    /** Moves to the next part and returns its headers; null after the closing boundary. */
    @Nullable Part nextPart() throws IOException {
        if (finished) {
            return null;
        }
        if (!copyUntilDelimiter(OutputStream.nullOutputStream())) {
            throw new Malformed("no closing boundary");
        }
        if (!ensure(2)) {
            throw new Malformed("truncated after a boundary");
        }
        if (buf[pos] == '-' && buf[pos + 1] == '-') {
            finished = true;
            return null;
        }
        String name = null;
        String fileName = null;
        int headerBytes = 0;
        skipLine();
        while (true) {
            String line = readLine();
            headerBytes += line.length() + 2;
            if (headerBytes > MAX_HEADER_BYTES) {
                throw new Malformed("part headers too long");
            }
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-disposition")) {
                Matcher m = PARAM.matcher(line.substring(colon + 1));
                while (m.find()) {
                    String value = m.group(3) != null ? m.group(3).replace("\\\"", "\"") : m.group(2);
                    switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "name" -> name = value;
                        case "filename" -> fileName = value;
                        default -> {
                        }
                    }
                }
            }
        }
        if (name == null) {
            throw new Malformed("a part without a name");
        }
        return new Part(name, fileName);
    }

    /** Copies the current part's body to the sink; the next {@link #nextPart()} finds the boundary at once. */
    void copyBody(OutputStream sink) throws IOException {
        if (!copyUntilDelimiter(sink)) {
            throw new Malformed("no closing boundary");
        }
        // leave the delimiter for nextPart(): step back over it
        pos -= delimiter.length;
    }

    /** A small text part, at most {@code max} bytes. */
    String readText(int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copyBody(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (out.size() + len > max) {
                    throw new Malformed("a form field longer than " + max + " bytes");
                }
                out.write(b, off, len);
            }
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Copies bytes up to the next delimiter to the sink and consumes the delimiter; false at end of input. */
    private boolean copyUntilDelimiter(OutputStream sink) throws IOException {
        while (true) {
            int found = indexOfDelimiter();
            if (found >= 0) {
                sink.write(buf, pos, found - pos);
                pos = found + delimiter.length;
                return true;
            }
            // keep a tail that could be the start of a delimiter
            int safe = Math.max(pos, lim - (delimiter.length - 1));
            sink.write(buf, pos, safe - pos);
            pos = safe;
            if (!fill()) {
                return false;
            }
        }
    }

    private int indexOfDelimiter() {
        byte first = delimiter[0];
        int last = lim - delimiter.length;
        outer:
        for (int i = pos; i <= last; i++) {
            if (buf[i] != first) {
                continue;
            }
            for (int j = 1; j < delimiter.length; j++) {
                if (buf[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Compacts the buffer and reads more; false at end of input. */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        int read = in.read(buf, lim, buf.length - lim);
        if (read < 0) {
            return false;
        }
        lim += read;
        return true;
    }

    private boolean ensure(int bytes) throws IOException {
        while (lim - pos < bytes) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Skips the rest of the boundary line (transport padding and CRLF). */
    private void skipLine() throws IOException {
        readLine();
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            if (!ensure(1)) {
                throw new Malformed("truncated part headers");
            }
            byte b = buf[pos++];
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return new String(line.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
            line.append((char) (b & 0xFF));
            if (line.length() > MAX_HEADER_BYTES) {
                throw new Malformed("part header line too long");
            }
        }
    }
}
