package com.footballcoach.product.media;

import com.footballcoach.platform.web.DomainException;
import com.footballcoach.platform.web.InvalidInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one check of uploaded images (logos, player photos, images sent for detection): not empty
 * (422), at most {@code IMAGE_MAX_UPLOAD} (413), and by its own bytes — whatever the file name or
 * part type say — a complete PNG, JPEG or WebP image (415). What follows the image's end
 * ({@link ImageExtent}: an appended archive or page, a polyglot's other half) is not part of it.
 */
@Component
public class ImageCheck {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final MediaSettings settings;

    ImageCheck(MediaSettings settings) {
        this.settings = settings;
    }

    /**
     * An accepted image: the extension of its sniffed type ({@code .png}, {@code .jpg},
     * {@code .webp}) and its bytes up to the image's end.
     */
    public record Image(String extension, byte[] bytes) {
    }

    /** The upload as an accepted image, or the 4xx problem that refuses it. */
    public Image image(MultipartFile file) {
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
            throw new UnsupportedImage("The file starts like a " + extension.substring(1).toUpperCase(Locale.ROOT)
                    + " image but is not a complete one.");
        }
        return new Image(extension, length == bytes.length ? bytes : Arrays.copyOf(bytes, length));
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
