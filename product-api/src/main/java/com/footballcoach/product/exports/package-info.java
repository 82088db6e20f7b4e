/**
 * Match exports: the timeline of one match (tactical alerts with the decisions taken and their
 * measured effect, the engine's segments, coaches' notes, match events) as a Sportscode timeline
 * XML, CSV or JSON for the analysts' tools, and the match report PDF coaches share. Reads with its
 * own SQL; a match is visible under {@link com.footballcoach.platform.scope.ClubScope}.
 */
@NullMarked
package com.footballcoach.product.exports;

import org.jspecify.annotations.NullMarked;
