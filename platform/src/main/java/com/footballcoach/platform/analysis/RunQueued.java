package com.footballcoach.platform.analysis;

/** A run was inserted as QUEUED (new or retry); wakes the worker of this JVM at once. */
public record RunQueued(String analysisId, String matchId) {
}
