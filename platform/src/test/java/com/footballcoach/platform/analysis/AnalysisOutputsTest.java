package com.footballcoach.platform.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisOutputsTest {

    @TempDir
    Path root;

    @Test
    void addsTheWellKnownFilesOfTheRunFolderThatTheEngineDidNotReport() throws IOException {
        Path folder = Files.createDirectories(root.resolve("run-1"));
        Files.write(folder.resolve("heatmap.png"), new byte[] {1});
        Files.write(folder.resolve("possession_analysis.png"), new byte[] {1});
        Files.write(folder.resolve("backline.mp4"), new byte[] {1});
        Files.write(folder.resolve("unrelated.png"), new byte[] {1});

        Map<String, Object> outputs = outputs("run-1/tracking_video.mp4", "").toMap(root, "run-1");

        assertThat(outputs).containsEntry("tracking_video_path", "run-1/tracking_video.mp4")
                .containsEntry("heatmap_image_path", "run-1/heatmap.png")
                .containsEntry("possession_chart_image_path", "run-1/possession_analysis.png")
                .containsEntry("backline_video_path", "run-1/backline.mp4")
                .doesNotContainKeys("all_players_grid_image_path", "movement_trail_image_path", "animation_video_path")
                .containsEntry("total_frames", 250);
        assertThat(outputs.values()).doesNotContain("run-1/unrelated.png");
    }

    @Test
    void keepsThePathTheEngineReportedOverTheWellKnownName() throws IOException {
        Path folder = Files.createDirectories(root.resolve("run-2"));
        Files.write(folder.resolve("heatmap.mp4"), new byte[] {1});

        Map<String, Object> outputs = outputs("", "run-2/custom/heat.mp4").toMap(root, "run-2");

        assertThat(outputs).containsEntry("heatmap_video_path", "run-2/custom/heat.mp4");
    }

    @Test
    void ignoresSymlinksFoldersAndRunIdsThatLeaveTheRoot() throws IOException {
        Path outside = Files.createTempFile("outside", ".png");
        Path folder = Files.createDirectories(root.resolve("run-3"));
        Files.createSymbolicLink(folder.resolve("heatmap.png"), outside);
        Files.createDirectories(folder.resolve("movement_trail.png"));

        assertThat(outputs("", "").toMap(root, "run-3"))
                .doesNotContainKeys("heatmap_image_path", "movement_trail_image_path");
        assertThat(outputs("", "").toMap(root, "..")).doesNotContainKey("heatmap_image_path");
        Files.delete(outside);
    }

    private static AnalysisOutputs outputs(String trackingVideo, String heatmapVideo) {
        return new AnalysisOutputs(250, 22, 25.0, 1.5, trackingVideo, "", "", heatmapVideo, "", "", "");
    }
}
