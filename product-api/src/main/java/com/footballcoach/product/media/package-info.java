/**
 * Uploaded images (team logos, player photos): size-limited, content-sniffed, stored under a
 * generated name in {@code STATIC_DIR}, and served without authentication under {@code /static/**}.
 */
@NullMarked
package com.footballcoach.product.media;

import org.jspecify.annotations.NullMarked;
