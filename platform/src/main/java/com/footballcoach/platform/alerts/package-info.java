/** Tactical alerts: storage, the normalized alert shape, history. */
@NullMarked
package com.footballcoach.platform.alerts;

import org.jspecify.annotations.NullMarked;
