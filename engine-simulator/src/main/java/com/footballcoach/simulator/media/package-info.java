/**
 * Reading the duration of a video from its container, in pure Java, writing small but real MP4
 * files for tests, and encoding drawn pictures into playable H.264 MP4s (JCodec).
 */
@NullMarked
package com.footballcoach.simulator.media;

import org.jspecify.annotations.NullMarked;
