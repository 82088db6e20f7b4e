-- Alert suppression shared by every instance: after a DISMISS, the next N alerts of that decision
-- type for that match are stored suppressed (not pushed). One row per match key and decision type.
CREATE TABLE alert_suppressions (
    match_id      CHAR(36) CHARACTER SET ascii NOT NULL,
    decision_type VARCHAR(64)  NOT NULL,
    remaining     INT          NOT NULL DEFAULT 0,
    updated_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (match_id, decision_type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Why an alert was suppressed: AFTER_DISMISS or REPEAT (null when shown).
ALTER TABLE tactical_alerts ADD COLUMN suppressed_reason VARCHAR(16) NULL;

-- Pending feedback of a match, found on every new alert or segment of it.
CREATE INDEX ix_decision_feedback_match_pending ON decision_feedback (match_id, evaluated_at);
