package com.footballcoach.platform.testing;

import java.util.UUID;

/** Analysis runs, segments and alerts written straight into the test database. */
public final class LiveFixtures {

    private LiveFixtures() {
    }

    /** A run of the club's team on a generated match key; returns the run id. */
    public static String newRun(TestAccounts.Club club, String matchKey, String status) {
        String run = UUID.randomUUID().toString();
        TestAccounts.execute("""
                INSERT INTO analysis_runs (id, match_id, team_id, user_id, input_video_name, input_video_path, status)
                VALUES (?, ?, ?, ?, 'match.mp4', ?, ?)
                """, run, matchKey, club.teamId(), club.ownerId(), "uploads/" + run + ".mp4", status);
        return run;
    }

    public static void newSegment(String run, String matchKey, int index, double severity) {
        TestAccounts.execute("""
                INSERT INTO analysis_segments (id, analysis_id, match_id, segment_index, start_sec, end_sec,
                                               video_start_sec, analysis_json, recommendation, severity_score,
                                               severity_label, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Hold the line', ?, 'MEDIUM', 'SEGMENT_DONE')
                """, UUID.randomUUID().toString(), run, matchKey, index, index * 15.0, index * 15.0 + 15,
                index * 15.0, "{\"possession_team_a_pct\": 55.5, \"zone_entropy\": 0.7}", severity);
    }

    public static void newAlert(String matchKey, String alertId, double matchTime, double severity) {
        TestAccounts.execute("""
                INSERT INTO tactical_alerts (id, match_id, alert_id, decision_id, alert_timestamp, match_time,
                                             severity_score, severity_label, category, decision_type, status, action,
                                             review_countdown, category_trigger_count, trigger_metric, recommended_action)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'HIGH', 'PRESSING', 'PRESSING_ADJUSTMENT', 'ACTIVE', 'Press higher', 30, 1,
                        'pressing_intensity < 0.35', 'Push the midfield line up')
                """, UUID.randomUUID().toString(), matchKey, alertId, "D-" + alertId,
                String.format("%02d:%02d", (int) matchTime / 60, (int) matchTime % 60), matchTime, severity);
    }
}
