/**
 * Analysis assets: the files of analysis runs under the output root, served safely to the club
 * that owns the run — whole files, byte ranges a player can seek, JSON previews — and prepared
 * for streaming (MP4 faststart, 480p preview videos when ffmpeg is installed).
 */
@NullMarked
package com.footballcoach.analysis.assets;

import org.jspecify.annotations.NullMarked;
