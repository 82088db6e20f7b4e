/**
 * The earlier version's match-scoped analysis routes on :8000, on the platform's one run
 * service: the same runs as the analysis API's routes, driven by the analysis API's worker.
 */
@NullMarked
package com.footballcoach.product.analysis;

import org.jspecify.annotations.NullMarked;
