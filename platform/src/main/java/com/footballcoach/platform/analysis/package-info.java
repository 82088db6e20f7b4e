/**
 * Analysis runs, shared by both apps: the run queue in the database ({@link RunService} for the
 * HTTP routes, {@link RunLifecycle} for the worker that talks to the tracking engine), video
 * uploads streamed to disk, segments and reports. See {@code docs/analysis-runs.md}.
 */
@NullMarked
package com.footballcoach.platform.analysis;

import org.jspecify.annotations.NullMarked;
