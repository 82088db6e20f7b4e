package com.footballcoach.analysis.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.analysis.AnalysisApiTest;
import com.footballcoach.platform.testing.HttpApi;
import com.footballcoach.platform.testing.TestAccounts;
import com.footballcoach.platform.testing.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A video far larger than the 5 MB multipart limit streams to disk with flat heap. 64 MiB by
 * default; {@code -Dupload.benchmark.mb=1024} measures the 1 GiB figure of docs/analysis-runs.md.
 */
@AnalysisApiTest
class LargeUploadIT {

    private static final Logger log = LoggerFactory.getLogger(LargeUploadIT.class);
    static final Path ROOT = tempDir();
    static final long SIZE = Long.getLong("upload.benchmark.mb", 64) * 1024 * 1024;

    @DynamicPropertySource
    static void outputRoot(DynamicPropertyRegistry registry) {
        registry.add("coach.analysis.output-root", ROOT::toString);
        registry.add("coach.analysis.max-upload", () -> "8GB");
    }

    @LocalServerPort
    int port;

    @Test
    void streamsALargeUploadToDiskWithFlatHeap() throws Exception {
        TestAccounts.Club club = TestAccounts.newClub();
        String token = TestTokens.of(club.ownerEmail());
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean uploading = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (uploading.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long started = System.nanoTime();

        MultipartUpload.Response accepted = MultipartUpload.post(port, "/api/analyze_match", token,
                java.util.Map.of(), "big-match.mp4", () -> new GeneratedVideo(SIZE));

        double seconds = (System.nanoTime() - started) / 1e9;
        uploading.set(false);
        sampler.join();
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String id = accepted.json().get("analysis_id").asString();
        Path stored = ROOT.resolve("uploads/" + id + ".mp4");
        assertThat(Files.size(stored)).isEqualTo(SIZE);
        double mb = SIZE / 1024.0 / 1024.0;
        long heapGrowthMb = (peak.get() - baseline) / 1024 / 1024;
        log.info("UPLOAD FIGURE: {} MiB in {} s = {} MiB/s; heap baseline {} MiB, peak {} MiB (client and server in one JVM)",
                (long) mb, String.format("%.2f", seconds), String.format("%.0f", mb / seconds),
                baseline / 1024 / 1024, peak.get() / 1024 / 1024);
        // buffering the upload would need at least its size in heap
        assertThat(heapGrowthMb).isLessThan((long) Math.max(256, mb / 2));
        Files.delete(stored);
        TestAccounts.execute("DELETE FROM analysis_runs WHERE id = ?", id);
    }

    /**
     * An MP4, generated as read (the client holds none of it): an {@code ftyp} box, then one
     * {@code mdat} box (64-bit size) of filler bytes up to the end, so that its boxes add up.
     */
    static final class GeneratedVideo extends InputStream {
        private static final byte[] FTYP = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0,
                'i', 's', 'o', 'm', 'm', 'p', '4', '1'};
        private final byte[] head;
        private final long size;
        private long position;

        GeneratedVideo(long size) {
            this.size = size;
            this.head = java.nio.ByteBuffer.allocate(FTYP.length + 16).put(FTYP).putInt(1)
                    .put(new byte[] {'m', 'd', 'a', 't'}).putLong(size - FTYP.length).array();
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                long p = position + i;
                b[off + i] = p < head.length ? head[(int) p] : (byte) (p * 31);
            }
            position += n;
            return n;
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("large-upload-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
