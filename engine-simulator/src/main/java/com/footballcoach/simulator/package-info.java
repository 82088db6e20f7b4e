/**
 * The tracking-engine simulator: a small plain-Java gRPC server implementing
 * {@code AnalysisService.AnalyzeVideo} the way the real engine does, with deterministic,
 * plausible tactical metrics and the engine's output files.
 */
@NullMarked
package com.footballcoach.simulator;

import org.jspecify.annotations.NullMarked;
