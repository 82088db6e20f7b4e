/** Tactical alerts from the tracking engine: normalised and stored idempotently per match and alert id. */
@NullMarked
package com.footballcoach.platform.alerts;

import org.jspecify.annotations.NullMarked;
