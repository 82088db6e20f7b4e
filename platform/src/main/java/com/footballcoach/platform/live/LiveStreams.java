package com.footballcoach.platform.live;

/** Names of the live streams. */
public final class LiveStreams {

    private LiveStreams() {
    }

    /** Tactical alerts of a match key (WebSocket /ws/alerts/{match_id}). */
    public static String alerts(String matchKey) {
        return "alerts:" + matchKey;
    }

    /** Segments of every run of a match key (SSE /api/matches/{id}/segments/stream). */
    public static String matchSegments(String matchKey) {
        return "match-segments:" + matchKey;
    }

    /** Segments, progress and the end of one run (SSE /api/analysis/{id}/segments/stream). */
    public static String runSegments(String runId) {
        return "run-segments:" + runId;
    }
}
