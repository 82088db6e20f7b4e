package com.footballcoach.product.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.product.testing.TestImages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageExtentTest {

    private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'M', 'E', 'T', 'A', '-', 'I', 'N', 'F', '/'};
    private static final byte[] HTML = "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);

    @Test
    void endsAPngAfterItsIendChunkWhateverIsAppended() {
        byte[] png = TestImages.png();

        assertThat(ImageExtent.of(png, ".png")).isEqualTo(png.length);
        assertThat(ImageExtent.of(concat(png, ZIP), ".png")).isEqualTo(png.length);
        assertThat(ImageExtent.of(concat(png, HTML), ".png")).isEqualTo(png.length);
    }

    @Test
    void endsAJpegAtItsEndOfImageNotAtAThumbnailsMarkerInsideASegment() {
        byte[] jpeg = TestImages.jpeg();
        // an APP1 segment holding a thumbnail's own SOI..EOI right after SOI, as cameras write EXIF
        byte[] thumbnail = {(byte) 0xFF, (byte) 0xE1, 0, 8, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9, 0, 0};
        byte[] withExif = concat(Arrays.copyOf(jpeg, 2), thumbnail, Arrays.copyOfRange(jpeg, 2, jpeg.length));

        assertThat(ImageExtent.of(jpeg, ".jpg")).isEqualTo(jpeg.length);
        assertThat(ImageExtent.of(concat(jpeg, ZIP), ".jpg")).isEqualTo(jpeg.length);
        assertThat(ImageExtent.of(concat(withExif, HTML), ".jpg")).isEqualTo(withExif.length);
    }

    @Test
    void endsAWebpAtTheSizeItsRiffHeaderDeclares() {
        byte[] webp = {'R', 'I', 'F', 'F', 8, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L'};

        assertThat(ImageExtent.of(concat(webp, ZIP), ".webp")).isEqualTo(16);
        assertThat(ImageExtent.of(Arrays.copyOf(webp, 14), ".webp")).isEqualTo(-1);
    }

    @Test
    void findsNoEndInAFileThatOnlyStartsLikeAnImage() {
        byte[] pngSignature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        byte[] jpegStart = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

        assertThat(ImageExtent.of(concat(pngSignature, HTML), ".png")).isEqualTo(-1);
        assertThat(ImageExtent.of(Arrays.copyOf(pngSignature, 200), ".png")).isEqualTo(-1);
        assertThat(ImageExtent.of(concat(jpegStart, HTML), ".jpg")).isEqualTo(-1);
        assertThat(ImageExtent.of(Arrays.copyOf(TestImages.jpeg(), 40), ".jpg")).isEqualTo(-1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
