package com.footballcoach.product.media;

import com.footballcoach.platform.web.DomainException;
import com.footballcoach.platform.web.InvalidInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores uploaded images under {@code <STATIC_DIR>/images/} with a generated name and the
 * extension of the sniffed type (so they are served as that image type only). Only the image
 * itself is kept: bytes after its end ({@link ImageExtent}) are dropped, so a polyglot with an
 * archive or a page appended is stored as the plain image; a file that only starts like an image
 * is refused (415). The file is written beside its target and moved into place atomically; the picture it replaces is removed
 * only once the database change commits (and the new one is removed if it rolls back).
 */
@Component
public class ImageStore {

    /** The URL prefix of stored images, root-relative as the app expects. */
    public static final String URL_PREFIX = "/static/images/";

    private static final Logger log = LoggerFactory.getLogger(ImageStore.class);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final MediaSettings settings;

    ImageStore(MediaSettings settings) {
        this.settings = settings;
    }

    /** Validates and stores the upload; returns its URL ({@code /static/images/<name>}). */
    public String store(String prefix, MultipartFile file) {
        if (file.isEmpty()) {
            throw new InvalidInput("file", "The file is empty.");
        }
        if (file.getSize() > settings.maxUpload().toBytes()) {
            throw new UploadTooLarge(settings.maxUpload().toBytes());
        }
        byte[] bytes;
        try {
            bytes = file.getBytes(); // at most the limit checked above
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String extension = sniff(Arrays.copyOf(bytes, Math.min(bytes.length, 12)));
        if (extension == null) {
            throw new UnsupportedImage();
        }
        int length = ImageExtent.of(bytes, extension);
        if (length < 0) {
            throw new UnsupportedImage("The file starts like a " + extension.substring(1).toUpperCase(java.util.Locale.ROOT)
                    + " image but is not a complete one.");
        }
        Path dir = imagesDir();
        String name = prefix + "-" + UUID.randomUUID() + extension;
        Path target = dir.resolve(name);
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".upload-", ".tmp");
            try {
                // only the image itself: bytes after its end (an appended archive or page) are dropped
                Files.write(temp, Arrays.copyOf(bytes, length));
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(target);
                    }
                }
            });
        }
        return URL_PREFIX + name;
    }

    /** Removes a stored image once the current transaction commits (now, without one); other URLs are left alone. */
    public void deleteAfterCommit(@Nullable String url) {
        if (url == null || !url.startsWith(URL_PREFIX)) {
            return;
        }
        String name = url.substring(URL_PREFIX.length());
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return;
        }
        Path file = imagesDir().resolve(name);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteQuietly(file);
                }
            });
        } else {
            deleteQuietly(file);
        }
    }

    Path imagesDir() {
        return settings.staticDir().toAbsolutePath().normalize().resolve("images");
    }

    /** The file extension for the sniffed type, or null when the bytes are no PNG, JPEG or WebP. */
    static @Nullable String sniff(byte[] head) {
        if (startsWith(head, PNG)) {
            return ".png";
        }
        if (startsWith(head, JPEG)) {
            return ".jpg";
        }
        if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return ".webp";
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the replaced image {}: {}", file, e.getMessage());
        }
    }

    /** The image is larger than the limit (413). */
    static final class UploadTooLarge extends DomainException {
        UploadTooLarge(long limit) {
            super(HttpStatus.CONTENT_TOO_LARGE, "The image exceeds the limit of " + limit + " bytes.");
        }
    }

    /** The bytes are not a (complete) PNG, JPEG or WebP image (415), whatever the file name or part type say. */
    static final class UnsupportedImage extends DomainException {
        UnsupportedImage() {
            this("Only PNG, JPEG and WebP images are accepted.");
        }

        UnsupportedImage(String detail) {
            super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
        }
    }
}
