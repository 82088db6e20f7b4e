-- Live streams replay what a client missed by sequence id (SSE Last-Event-ID). The database
-- numbers segments and alerts in the order they were stored, across every instance.
ALTER TABLE analysis_segments
    ADD COLUMN seq BIGINT NOT NULL AUTO_INCREMENT,
    ADD CONSTRAINT uq_analysis_segments_seq UNIQUE (seq);

ALTER TABLE tactical_alerts
    ADD COLUMN seq BIGINT NOT NULL AUTO_INCREMENT,
    ADD CONSTRAINT uq_tactical_alerts_seq UNIQUE (seq);

CREATE INDEX ix_analysis_segments_run_seq ON analysis_segments (analysis_id, seq);
CREATE INDEX ix_analysis_segments_match_seq ON analysis_segments (match_id, seq);
CREATE INDEX ix_tactical_alerts_match_seq ON tactical_alerts (match_id, seq);
