package com.footballcoach.product.assistant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Opens after {@code threshold} failures in a row and then lets no call through for
 * {@code openFor}; after that one trial call decides (success closes, failure re-opens).
 */
final class CircuitBreaker {

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private int failures;
    private Instant openUntil = Instant.MIN;
    private boolean trial;

    CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Whether a call may go out now. */
    synchronized boolean allows() {
        if (failures < threshold) {
            return true;
        }
        if (clock.instant().isBefore(openUntil) || trial) {
            return false;
        }
        trial = true;
        return true;
    }

    synchronized void succeeded() {
        failures = 0;
        trial = false;
    }

    synchronized void failed() {
        failures++;
        trial = false;
        if (failures >= threshold) {
            openUntil = clock.instant().plus(openFor);
        }
    }

    synchronized boolean isOpen() {
        return failures >= threshold && clock.instant().isBefore(openUntil);
    }
}
