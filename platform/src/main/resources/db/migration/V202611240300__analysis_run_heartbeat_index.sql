-- Stale detection looks for PROCESSING runs by heartbeat age; the claim looks for QUEUED runs
-- by submission order (ix_analysis_runs_status already serves it).
CREATE INDEX ix_analysis_runs_status_heartbeat ON analysis_runs (status, heartbeat_at);
