package com.footballcoach.platform.live;

import org.jspecify.annotations.Nullable;

/**
 * One message of a live stream, after its row was stored.
 *
 * @param stream the stream it belongs to ({@link LiveStreams})
 * @param id     the stored row's sequence number (ordered per stream, the SSE event id); null for
 *               transient messages such as progress
 * @param type   {@code segment}, {@code alert}, {@code progress} or {@code done}
 * @param json   the message itself, single-line JSON
 */
public record LiveEvent(String stream, @Nullable Long id, String type, String json) {
}
