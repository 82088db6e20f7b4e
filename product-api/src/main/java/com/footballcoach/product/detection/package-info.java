/**
 * {@code POST /api/detect}: the original backend's image detection route. Detection runs in the
 * tracking engine, on the analysis path; this route checks the caller and the image and says so
 * (501), instead of answering made-up detections.
 */
@NullMarked
package com.footballcoach.product.detection;

import org.jspecify.annotations.NullMarked;
