package com.footballcoach.product.media;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where uploaded images live and how large they may be.
 *
 * @param staticDir the directory served under {@code /static/} ({@code STATIC_DIR}, default {@code var/static})
 * @param maxUpload the largest image accepted ({@code IMAGE_MAX_UPLOAD}, default 5 MiB)
 */
@ConfigurationProperties("coach.media")
record MediaSettings(Path staticDir, DataSize maxUpload) {
}
