package com.footballcoach.analysis.assets;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where analysis files live and how preview videos are made.
 *
 * @param outputRoot the root every served path is resolved against ({@code ANALYSIS_OUTPUT_ROOT})
 * @param preview the preview-video settings
 */
@ConfigurationProperties("coach.analysis")
record AssetSettings(@DefaultValue("var/analysis-output") Path outputRoot, @DefaultValue Preview preview) {

    /**
     * @param enabled whether previews are made at all ({@code COACH_ANALYSIS_PREVIEW_ENABLED})
     * @param ffmpeg the ffmpeg command, looked up on the {@code PATH} unless absolute
     * @param timeout the longest one encoding may take before it is killed
     * @param height the preview height in pixels
     */
    record Preview(@DefaultValue("true") boolean enabled, @DefaultValue("ffmpeg") String ffmpeg,
            @DefaultValue("10m") Duration timeout, @DefaultValue("480") int height) {
    }
}
