package com.footballcoach.analysis.assets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.support.ResourceRegion;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.ResourceRegionHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Writes a file as an HTTP answer the way browsers and players expect: {@code ETag} and
 * {@code Last-Modified}, conditional requests ({@code If-None-Match} → 304, via
 * {@link ServletWebRequest#checkNotModified}), byte ranges parsed by {@link HttpRange}
 * (206 with {@code Content-Range}; several ranges as {@code multipart/byteranges} through
 * {@link ResourceRegionHttpMessageConverter}; 416 with {@code Content-Range: bytes *}{@code /size}),
 * and {@code If-Range}. Bodies are never loaded into memory: a whole file or a single range
 * goes out by Tomcat's sendfile (zero copy) when the connector offers it, else through a
 * 64 KiB buffer.
 */
@Component
class FileResponses {

    /** Below this, sendfile costs more than it saves (Tomcat's DefaultServlet uses the same bound). */
    static final long SENDFILE_THRESHOLD = 48 * 1024;
    private static final String SENDFILE_SUPPORTED = "org.apache.tomcat.sendfile.support";
    private static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";
    private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

    private final ResourceRegionHttpMessageConverter regionConverter = new ResourceRegionHttpMessageConverter();

    /**
     * Answers with the file.
     *
     * @param ranges whether {@code Range} requests are honoured
     * @param disposition the {@code Content-Disposition}, or {@code null} for none
     * @param contentType the content type to send
     */
    void write(AssetFile file, MediaType contentType, boolean ranges, @Nullable ContentDisposition disposition,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file.real(), BasicFileAttributes.class);
        long size = attributes.size();
        long lastModified = attributes.lastModifiedTime().toMillis();
        String etag = etag(size, attributes.lastModifiedTime().toMillis(), attributes.fileKey());

        response.setHeader(HttpHeaders.ACCEPT_RANGES, ranges ? "bytes" : "none");
        // the browser may keep a copy but must revalidate it: the file can be rewritten (faststart)
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
        if (new ServletWebRequest(request, response).checkNotModified(etag, lastModified)) {
            return;
        }
        if (disposition != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        }
        String range = ranges ? request.getHeader(HttpHeaders.RANGE) : null;
        if (range != null && !ifRangeHolds(request, etag, lastModified)) {
            range = null;
        }
        boolean head = "HEAD".equals(request.getMethod());
        if (range == null) {
            response.setStatus(HttpStatus.OK.value());
            response.setContentType(contentType.toString());
            response.setContentLengthLong(size);
            if (!head) {
                body(file, 0, size, request, response);
            }
            return;
        }
        FileSystemResource resource = new FileSystemResource(file.real());
        List<ResourceRegion> regions;
        try {
            regions = HttpRange.toResourceRegions(HttpRange.parseRanges(range), resource);
        } catch (IllegalArgumentException e) {
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
            response.setStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
            return;
        }
        response.setStatus(HttpStatus.PARTIAL_CONTENT.value());
        if (regions.size() == 1) {
            ResourceRegion region = regions.get(0);
            long start = region.getPosition();
            long count = region.getCount();
            response.setContentType(contentType.toString());
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + (start + count - 1) + "/" + size);
            response.setContentLengthLong(count);
            if (!head) {
                body(file, start, count, request, response);
            }
            return;
        }
        if (head) {
            response.setContentType("multipart/byteranges");
            return;
        }
        regionConverter.write(regions, contentType, new ServletServerHttpResponse(response));
    }

    /**
     * A strong validator: size, modification time and (where the platform has one) the file's
     * identity, so that an atomic replacement changes it even within the same millisecond.
     */
    static String etag(long size, long modifiedMillis, @Nullable Object fileKey) {
        int identity = fileKey == null ? 0 : fileKey.hashCode();
        return "\"" + Long.toHexString(size) + "-" + Long.toHexString(modifiedMillis) + "-"
                + Integer.toHexString(identity) + "\"";
    }

    /** RFC 9110 §13.1.5: a range applies only when {@code If-Range} names the current representation. */
    private static boolean ifRangeHolds(HttpServletRequest request, String etag, long lastModified) {
        String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.trim();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return value.equals(etag); // strong comparison: weak tags never match
        }
        try {
            long date = request.getDateHeader(HttpHeaders.IF_RANGE);
            return date >= 0 && date / 1000 == lastModified / 1000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void body(AssetFile file, long start, long count, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (count >= SENDFILE_THRESHOLD && Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORTED))) {
            request.setAttribute(SENDFILE_FILENAME, file.real().toString());
            request.setAttribute(SENDFILE_START, start);
            request.setAttribute(SENDFILE_END, start + count);
            return;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(64 * 1024, Math.max(count, 1)));
        OutputStream out = response.getOutputStream();
        try (FileChannel channel = FileChannel.open(file.real(), StandardOpenOption.READ)) {
            long position = start;
            long end = start + count;
            while (position < end) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
                int n = channel.read(buffer, position);
                if (n < 0) {
                    break;
                }
                out.write(buffer.array(), 0, n);
                position += n;
            }
        }
    }
}
