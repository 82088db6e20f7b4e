package com.footballcoach.platform.events;

import com.footballcoach.platform.alerts.StoredAlert;

/** A tactical alert was stored (or updated by a repeat); the alerts WebSocket pushes it. */
public record AlertRaised(String matchId, StoredAlert alert) {
}
