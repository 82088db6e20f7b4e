/** The analysis API (:8001): video uploads, analysis runs over gRPC, history, retry, cancel, assets, segment streams. */
@NullMarked
package com.footballcoach.analysis;

import org.jspecify.annotations.NullMarked;
