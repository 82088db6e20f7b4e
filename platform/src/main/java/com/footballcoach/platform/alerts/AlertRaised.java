package com.footballcoach.platform.alerts;


/**
 * A tactical alert was stored (or updated by a repeat). The alerts WebSocket pushes it unless it
 * is {@code suppressed}; suppressed alerts still count as data (their severity) for effectiveness.
 */
public record AlertRaised(String matchId, StoredAlert alert, boolean suppressed) {

    public AlertRaised(String matchId, StoredAlert alert) {
        this(matchId, alert, false);
    }
}
