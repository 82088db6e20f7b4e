package com.footballcoach.analysis.assets;

import com.footballcoach.platform.analysis.AssetPath;
import java.nio.file.Path;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/**
 * A file a user may read: its real location inside the output root and the path it was asked by.
 *
 * @param real the file, symlinks resolved, inside the real output root
 * @param path the checked relative path
 */
record AssetFile(Path real, AssetPath path) {

    MediaType contentType() {
        return contentTypeOf(path.fileName());
    }

    static MediaType contentTypeOf(String name) {
        return MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
    }

    boolean isMp4() {
        String name = path.fileName().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".mp4") || name.endsWith(".m4v") || name.endsWith(".mov");
    }
}
