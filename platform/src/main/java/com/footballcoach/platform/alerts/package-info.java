/** Tactical alerts: normalised and stored idempotently per match and alert id; the one alert shape; history. */
@NullMarked
package com.footballcoach.platform.alerts;

import org.jspecify.annotations.NullMarked;
