/**
 * Reading the duration of a video from its container, in pure Java, and writing small but real
 * MP4 files for tests.
 */
@NullMarked
package com.footballcoach.simulator.media;

import org.jspecify.annotations.NullMarked;
