/**
 * Analysis runs on the analysis API: the HTTP routes over the platform's run service, and the
 * worker that claims queued runs, drives them through the tracking engine and heartbeats them.
 */
@NullMarked
package com.footballcoach.analysis.runs;

import org.jspecify.annotations.NullMarked;
