/**
 * Live delivery: the event bus (in-process or Redis pub/sub), per-connection bounded senders, and
 * the SSE segment streams of both apps. Rows are stored first; events are published after.
 */
@NullMarked
package com.footballcoach.platform.live;

import org.jspecify.annotations.NullMarked;
