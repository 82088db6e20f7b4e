package com.footballcoach.product.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores uploaded images under {@code <STATIC_DIR>/images/} with a generated name and the
 * extension of the sniffed type (so they are served as that image type only), once
 * {@link ImageCheck} has accepted them: only the image itself is kept (bytes after its end are
 * dropped), and a file that only starts like an image is refused (415). The file is written
 * beside its target and moved into place atomically; the picture it replaces is removed only once
 * the database change commits (and the new one is removed if it rolls back).
 */
@Component
public class ImageStore {

    /** The URL prefix of stored images, root-relative as the app expects. */
    public static final String URL_PREFIX = "/static/images/";

    private static final Logger log = LoggerFactory.getLogger(ImageStore.class);

    private final MediaSettings settings;
    private final ImageCheck check;

    ImageStore(MediaSettings settings, ImageCheck check) {
        this.settings = settings;
        this.check = check;
    }

    /** Validates and stores the upload; returns its URL ({@code /static/images/<name>}). */
    public String store(String prefix, MultipartFile file) {
        ImageCheck.Image image = check.image(file);
        Path dir = imagesDir();
        String name = prefix + "-" + UUID.randomUUID() + image.extension();
        Path target = dir.resolve(name);
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".upload-", ".tmp");
            try {
                // only the image itself: bytes after its end (an appended archive or page) are dropped
                Files.write(temp, image.bytes());
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

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the replaced image {}: {}", file, e.getMessage());
        }
    }
}
