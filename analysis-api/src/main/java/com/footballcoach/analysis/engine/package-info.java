/** The tracking engine as the analysis API sees it: its address, reachability and gRPC adapter. */
@NullMarked
package com.footballcoach.analysis.engine;

import org.jspecify.annotations.NullMarked;
