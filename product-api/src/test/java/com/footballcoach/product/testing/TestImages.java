package com.footballcoach.product.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real images, encoded by the JDK, for upload tests. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] png() {
        return encode("png", BufferedImage.TYPE_INT_ARGB);
    }

    public static byte[] jpeg() {
        return encode("jpg", BufferedImage.TYPE_INT_RGB);
    }

    private static byte[] encode(String format, int type) {
        BufferedImage image = new BufferedImage(8, 8, type);
        image.setRGB(3, 3, 0xFF00AA33);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
