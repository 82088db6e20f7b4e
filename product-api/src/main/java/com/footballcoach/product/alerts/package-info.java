/**
 * Tactical alerts over HTTP: the history, coach feedback on decisions, decision metrics, the
 * advisory of an alert and the post-match decision review. The rules live in the platform's
 * {@code alerts} feature; see {@code docs/tactical-alerts.md}.
 */
@NullMarked
package com.footballcoach.product.alerts;

import org.jspecify.annotations.NullMarked;
