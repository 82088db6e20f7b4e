package com.footballcoach.simulator;

/**
 * How the simulator misbehaves, for tests. Segment numbers are 0-based; {@code -1} means never.
 * A call reads the behaviour once, when it starts.
 *
 * @param failAtSegment before this segment, send a terminal {@code FAILED} packet
 * @param hangAtSegment before this segment, stop sending and keep the call open until the
 *                      client cancels it
 * @param dropAtSegment before this segment, complete the stream without a terminal packet
 * @param unavailable   reject every call with {@code UNAVAILABLE} before any packet
 */
public record Behaviour(int failAtSegment, int hangAtSegment, int dropAtSegment, boolean unavailable) {

    /** Streams every analysis to its end. */
    public static Behaviour normal() {
        return new Behaviour(-1, -1, -1, false);
    }

    public static Behaviour failAt(int segment) {
        return new Behaviour(segment, -1, -1, false);
    }

    public static Behaviour hangAt(int segment) {
        return new Behaviour(-1, segment, -1, false);
    }

    public static Behaviour dropAt(int segment) {
        return new Behaviour(-1, -1, segment, false);
    }

    public static Behaviour unavailableEngine() {
        return new Behaviour(-1, -1, -1, true);
    }
}
