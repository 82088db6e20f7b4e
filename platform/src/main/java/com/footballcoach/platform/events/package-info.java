/**
 * Events between features: past-tense records published after the write they describe has
 * committed. Transports (WebSocket, SSE) listen; services never call them.
 */
@NullMarked
package com.footballcoach.platform.events;

import org.jspecify.annotations.NullMarked;
