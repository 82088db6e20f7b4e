package com.footballcoach.platform.analysis;

import com.footballcoach.platform.web.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Receives a video upload without Spring's multipart buffering: the {@code multipart/form-data}
 * body is parsed as it arrives, the {@code file} part is written to
 * {@code <output root>/uploads/<run id>.part} while it is hashed (SHA-256), counted against
 * {@code ANALYSIS_MAX_UPLOAD} and sniffed, then renamed to {@code uploads/<run id>.<container>}.
 * Memory stays at one 64 KiB buffer whatever the size. A refused upload leaves no file.
 */
@Component
public class VideoUploads {

    /** The routes whose multipart bodies this class reads itself (see {@link VideoUploadMultipart}). */
    public static final String[] ROUTES = {"/api/analyze_match", "/api/matches/*/analyze"};

    static final String UPLOADS = "uploads";
    private static final int MAX_FIELD_BYTES = 8 * 1024;
    private static final int MAX_FIELDS = 32;
    private static final long MULTIPART_OVERHEAD = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(VideoUploads.class);

    private final AnalysisSettings settings;

    VideoUploads(AnalysisSettings settings) {
        this.settings = settings;
    }

    /**
     * A form whose {@code file} part is optional: the stored video when one came, and the text
     * fields (a {@code video_path} may name a video already under the output root instead).
     */
    public record Form(@Nullable UploadedVideo video, Map<String, String> fields) {

        public @Nullable String field(String name) {
            String value = fields.get(name);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    /**
     * Streams the request's {@code file} part to disk for the given run id.
     *
     * @throws UploadTooLarge    over the size limit
     * @throws UnsupportedVideo  when the bytes are no known video container
     * @throws InvalidInput      when the body is not multipart or has no {@code file} part
     */
    public UploadedVideo receive(HttpServletRequest request, String runId) {
        if (MultipartStream.boundaryOf(request.getContentType()) == null) {
            throw new InvalidInput("file", "send the video as multipart/form-data with a file part");
        }
        UploadedVideo video = receiveForm(request, runId).video();
        if (video == null) {
            throw new InvalidInput("file", "a video file is required");
        }
        return video;
    }

    /**
     * Reads a multipart form whose {@code file} part may be missing (the file streamed to disk as
     * {@link #receive} does), or a {@code application/x-www-form-urlencoded} one (fields only).
     *
     * @throws UploadTooLarge    over the size limit
     * @throws UnsupportedVideo  when a file part's bytes are no known video container
     * @throws InvalidInput      when the body is neither, or its file part is empty
     */
    public Form receiveForm(HttpServletRequest request, String runId) {
        String boundary = MultipartStream.boundaryOf(request.getContentType());
        if (boundary == null) {
            if (isUrlEncoded(request.getContentType())) {
                Map<String, String> fields = new LinkedHashMap<>();
                request.getParameterMap().forEach((name, values) -> {
                    if (fields.size() < MAX_FIELDS && values.length > 0) {
                        fields.put(name, values[0]);
                    }
                });
                return new Form(null, Map.copyOf(fields));
            }
            throw new InvalidInput("file", "send the video as multipart/form-data with a file part");
        }
        long limit = settings.maxUploadBytes();
        if (request.getContentLengthLong() > limit + MULTIPART_OVERHEAD) {
            throw new UploadTooLarge(limit);
        }
        Path dir = settings.root().resolve(UPLOADS);
        Path part = dir.resolve(runId + ".part");
        Map<String, String> fields = new LinkedHashMap<>();
        VideoSink sink = null;
        String originalName = null;
        try {
            Files.createDirectories(dir);
            MultipartStream multipart = new MultipartStream(request.getInputStream(), boundary);
            MultipartStream.Part next;
            while ((next = multipart.nextPart()) != null) {
                if (next.name().equals("file") && next.fileName() != null && sink == null) {
                    originalName = displayName(next.fileName());
                    try (VideoSink out = new VideoSink(Files.newOutputStream(part), limit)) {
                        sink = out;
                        multipart.copyBody(out);
                    }
                } else if (fields.size() < MAX_FIELDS) {
                    fields.put(next.name(), multipart.readText(MAX_FIELD_BYTES));
                } else {
                    multipart.copyBody(OutputStream.nullOutputStream());
                }
            }
            if (sink == null) {
                return new Form(null, Map.copyOf(fields));
            }
            if (sink.size == 0) {
                throw new InvalidInput("file", "a video file is required");
            }
            VideoContainer container = sink.container();
            Path stored = dir.resolve(runId + "." + container.extension());
            Files.move(part, stored, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Form(new UploadedVideo(UPLOADS + "/" + stored.getFileName(), originalName, sink.sha256(),
                    sink.size, container.extension(), Map.copyOf(fields), true), Map.copyOf(fields));
        } catch (MultipartStream.Malformed e) {
            deleteQuietly(part);
            throw new InvalidInput("file", "the multipart body is malformed: " + e.getMessage());
        } catch (IOException e) {
            deleteQuietly(part);
            throw new UncheckedIOException("Upload of run " + runId + " failed", e);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    /**
     * Removes a stored upload (a refused submit, a purge). Only files in {@code uploads/}: a run
     * whose {@code video_path} named another file (a run's output, a sample) never deletes it.
     */
    public void delete(String relativePath) {
        Path file = settings.root().resolve(relativePath).normalize();
        if (file.startsWith(settings.root().resolve(UPLOADS))) {
            deleteQuietly(file);
        }
    }

    private static boolean isUrlEncoded(@Nullable String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).trim()
                .startsWith("application/x-www-form-urlencoded");
    }

    private static @Nullable String displayName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? null : name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    /**
     * Writes through, counting, hashing, sniffing the first bytes and following the boxes of an
     * MP4 or MOV; refuses past the limit, and as soon as the boxes cannot add up to a file.
     */
    private static final class VideoSink extends OutputStream {

        private final OutputStream out;
        private final long limit;
        private final MessageDigest sha256;
        private final byte[] head = new byte[VideoContainer.SNIFF_BYTES];
        private final BoxLayout boxes = new BoxLayout();
        private @Nullable VideoContainer container;
        private long size;

        VideoSink(OutputStream file, long limit) {
            this.out = new BufferedOutputStream(file, 64 * 1024);
            this.limit = limit;
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return;
            }
            if (size + len > limit) {
                throw new UploadTooLarge(limit);
            }
            if (size < head.length) {
                int n = (int) Math.min(len, head.length - size);
                System.arraycopy(b, off, head, (int) size, n);
                if (size + n == head.length) {
                    container = VideoContainer.sniff(head, head.length).orElseThrow(UnsupportedVideo::new);
                }
            }
            boxes.accept(b, off, len, size);
            if (container != null && container.isBoxed() && boxes.broken()) {
                throw UnsupportedVideo.malformedBoxes(container.name());
            }
            size += len;
            sha256.update(b, off, len);
            out.write(b, off, len);
        }

        /** The container, once the whole file has been written; an MP4 or MOV must consist of its boxes alone. */
        VideoContainer container() {
            if (container == null) {
                container = VideoContainer.sniff(head, (int) Math.min(size, head.length))
                        .orElseThrow(UnsupportedVideo::new);
            }
            if (container.isBoxed() && !boxes.tiles(size)) {
                throw UnsupportedVideo.malformedBoxes(container.name());
            }
            return container;
        }

        String sha256() {
            return HexFormat.of().formatHex(sha256.digest());
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
