-- Football Coach schema, baseline.
-- Runs unchanged on MariaDB 10.6+ and MySQL 8.0. Flyway owns the schema: no table is created
-- or altered at run time. Ids are UUID strings (CHAR(36), ASCII). Times are UTC.
-- "Match keys" (match_id in analysis-facing tables) name either a fixture (matches.id) or the
-- generated match id of an ad-hoc analysis run, so they carry an index but no foreign key;
-- see docs/schema.md.

CREATE TABLE users (
    id            CHAR(36) CHARACTER SET ascii NOT NULL,
    email         VARCHAR(255) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    full_name     VARCHAR(255) NULL,
    user_type     VARCHAR(16)  NOT NULL DEFAULT 'owner',
    is_active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    last_login    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT ck_users_user_type CHECK (user_type IN ('owner', 'staff'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE teams (
    id              CHAR(36) CHARACTER SET ascii NOT NULL,
    name            VARCHAR(100) NOT NULL,
    user_id         CHAR(36) CHARACTER SET ascii NULL,
    primary_color   CHAR(7)      NULL,
    secondary_color CHAR(7)      NULL,
    logo_url        VARCHAR(512) NULL,
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    -- an account manager's teams cannot be orphaned by deleting the account
    CONSTRAINT fk_teams_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT uq_teams_user_name UNIQUE (user_id, name),
    INDEX ix_teams_user_created (user_id, created_at),
    INDEX ix_teams_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff (
    id               CHAR(36) CHARACTER SET ascii NOT NULL,
    team_id          CHAR(36) CHARACTER SET ascii NOT NULL,
    user_id          CHAR(36) CHARACTER SET ascii NULL,
    name             VARCHAR(100) NOT NULL,
    role             VARCHAR(32)  NOT NULL,
    permission_level VARCHAR(16)  NOT NULL DEFAULT 'view_only',
    email            VARCHAR(255) NULL,
    created_at       DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at       DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_staff_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT uq_staff_user UNIQUE (user_id),
    CONSTRAINT ck_staff_role CHECK (role IN ('head_coach', 'assistant_coach', 'physio', 'analyst', 'player')),
    CONSTRAINT ck_staff_permission CHECK (permission_level IN ('full_access', 'view_only', 'notes_only')),
    INDEX ix_staff_team (team_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE players (
    id            CHAR(36) CHARACTER SET ascii NOT NULL,
    team_id       CHAR(36) CHARACTER SET ascii NULL,
    name          VARCHAR(100)  NOT NULL,
    position      VARCHAR(3)    NULL,
    jersey_number SMALLINT      NULL,
    birth_date    DATE          NULL,
    dominant_foot VARCHAR(5)    NULL,
    height_cm     SMALLINT      NULL,
    weight_kg     SMALLINT      NULL,
    nationality   VARCHAR(100)  NULL,
    country_code  VARCHAR(3)    NULL,
    image_url     VARCHAR(512)  NULL,
    market_value  DECIMAL(14, 2) NULL,
    created_at    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    -- a player whose team is deleted keeps their match history as a free agent
    CONSTRAINT fk_players_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL,
    CONSTRAINT uq_players_team_jersey UNIQUE (team_id, jersey_number),
    CONSTRAINT ck_players_position CHECK (position IN ('GK', 'DEF', 'MID', 'FWD')),
    CONSTRAINT ck_players_jersey CHECK (jersey_number BETWEEN 1 AND 99),
    CONSTRAINT ck_players_foot CHECK (dominant_foot IN ('left', 'right', 'both')),
    INDEX ix_players_team_name (team_id, name),
    INDEX ix_players_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE formations (
    id          CHAR(36) CHARACTER SET ascii NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    description TEXT         NULL,
    -- NULL = global formation, readable by everyone and editable by nobody
    user_id     CHAR(36) CHARACTER SET ascii NULL,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_formations_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT uq_formations_user_name UNIQUE (user_id, name),
    INDEX ix_formations_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE events (
    id         CHAR(36) CHARACTER SET ascii NOT NULL,
    name       VARCHAR(100) NOT NULL,
    -- the club (account manager) that owns the competition; NULL = global
    user_id    CHAR(36) CHARACTER SET ascii NULL,
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_events_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT uq_events_user_name UNIQUE (user_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE matches (
    id                   CHAR(36) CHARACTER SET ascii NOT NULL,
    home_team_id         CHAR(36) CHARACTER SET ascii NOT NULL,
    away_team_id         CHAR(36) CHARACTER SET ascii NOT NULL,
    event_id             CHAR(36) CHARACTER SET ascii NULL,
    date_time            DATETIME(6)  NOT NULL,
    venue                VARCHAR(200) NULL,
    status               VARCHAR(16)  NOT NULL DEFAULT 'upcoming',
    home_score           SMALLINT     NOT NULL DEFAULT 0,
    away_score           SMALLINT     NOT NULL DEFAULT 0,
    video_anchor_seconds INT          NULL,
    created_at           DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at           DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    -- a team with fixtures cannot be deleted by accident: delete its matches first
    CONSTRAINT fk_matches_home FOREIGN KEY (home_team_id) REFERENCES teams (id) ON DELETE RESTRICT,
    CONSTRAINT fk_matches_away FOREIGN KEY (away_team_id) REFERENCES teams (id) ON DELETE RESTRICT,
    CONSTRAINT fk_matches_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE SET NULL,
    CONSTRAINT ck_matches_status CHECK (status IN ('upcoming', 'live', 'completed')),
    CONSTRAINT ck_matches_teams CHECK (home_team_id <> away_team_id),
    CONSTRAINT ck_matches_scores CHECK (home_score >= 0 AND away_score >= 0),
    CONSTRAINT ck_matches_anchor CHECK (video_anchor_seconds IS NULL OR video_anchor_seconds >= 0),
    INDEX ix_matches_home_date (home_team_id, date_time),
    INDEX ix_matches_away_date (away_team_id, date_time),
    INDEX ix_matches_event (event_id),
    INDEX ix_matches_status_date (status, date_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE match_events (
    id              CHAR(36) CHARACTER SET ascii NOT NULL,
    match_id        CHAR(36) CHARACTER SET ascii NOT NULL,
    player_id       CHAR(36) CHARACTER SET ascii NULL,
    team_id         CHAR(36) CHARACTER SET ascii NULL,
    event_type      VARCHAR(16)  NOT NULL,
    minute          SMALLINT     NOT NULL,
    video_timestamp DOUBLE       NULL,
    coordinates     VARCHAR(64)  NULL,
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_match_events_match FOREIGN KEY (match_id) REFERENCES matches (id) ON DELETE CASCADE,
    CONSTRAINT fk_match_events_player FOREIGN KEY (player_id) REFERENCES players (id) ON DELETE SET NULL,
    CONSTRAINT fk_match_events_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL,
    CONSTRAINT ck_match_events_type CHECK (event_type IN ('goal', 'assist', 'yellow_card', 'red_card', 'sub_in', 'sub_out', 'pass')),
    CONSTRAINT ck_match_events_minute CHECK (minute BETWEEN 0 AND 150),
    INDEX ix_match_events_match_minute (match_id, minute),
    INDEX ix_match_events_player (player_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE match_lineups (
    id                    CHAR(36) CHARACTER SET ascii NOT NULL,
    match_id              CHAR(36) CHARACTER SET ascii NOT NULL,
    team_id               CHAR(36) CHARACTER SET ascii NOT NULL,
    formation_id          CHAR(36) CHARACTER SET ascii NULL,
    player_id             CHAR(36) CHARACTER SET ascii NOT NULL,
    is_starting           BOOLEAN      NOT NULL DEFAULT TRUE,
    position_in_formation VARCHAR(32)  NULL,
    created_at            DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_match_lineups_match FOREIGN KEY (match_id) REFERENCES matches (id) ON DELETE CASCADE,
    CONSTRAINT fk_match_lineups_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_match_lineups_formation FOREIGN KEY (formation_id) REFERENCES formations (id) ON DELETE SET NULL,
    CONSTRAINT fk_match_lineups_player FOREIGN KEY (player_id) REFERENCES players (id) ON DELETE CASCADE,
    CONSTRAINT uq_match_lineups_match_player UNIQUE (match_id, player_id),
    INDEX ix_match_lineups_match_team (match_id, team_id),
    INDEX ix_match_lineups_formation (formation_id),
    INDEX ix_match_lineups_player (player_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE player_match_statistics (
    id                            CHAR(36) CHARACTER SET ascii NOT NULL,
    match_id                      CHAR(36) CHARACTER SET ascii NOT NULL,
    player_id                     CHAR(36) CHARACTER SET ascii NOT NULL,
    minutes_played                SMALLINT      NULL,
    shots                         SMALLINT      NULL,
    shots_on_target               SMALLINT      NULL,
    passes                        SMALLINT      NULL,
    accurate_passes               SMALLINT      NULL,
    tackles                       SMALLINT      NULL,
    interceptions                 SMALLINT      NULL,
    clearances                    SMALLINT      NULL,
    saves                         SMALLINT      NULL,
    fouls_committed               SMALLINT      NULL,
    fouls_suffered                SMALLINT      NULL,
    offsides                      SMALLINT      NULL,
    sprint_count                  SMALLINT      NULL,
    key_passes                    SMALLINT      NULL,
    progressive_carries           SMALLINT      NULL,
    pressures                     SMALLINT      NULL,
    distance_covered_km           DECIMAL(5, 2) NULL,
    player_xg                     DECIMAL(5, 2) NULL,
    press_resistance_success_rate DECIMAL(5, 2) NULL,
    defensive_coverage_km         DECIMAL(5, 2) NULL,
    sprint_distance_m             DECIMAL(7, 1) NULL,
    avg_speed_kmh                 DECIMAL(5, 2) NULL,
    max_speed_kmh                 DECIMAL(5, 2) NULL,
    rating                        DECIMAL(3, 1) NULL,
    notes                         TEXT          NULL,
    created_at                    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_pms_match FOREIGN KEY (match_id) REFERENCES matches (id) ON DELETE CASCADE,
    CONSTRAINT fk_pms_player FOREIGN KEY (player_id) REFERENCES players (id) ON DELETE CASCADE,
    CONSTRAINT uq_pms_match_player UNIQUE (match_id, player_id),
    CONSTRAINT ck_pms_rating CHECK (rating IS NULL OR rating BETWEEN 0 AND 10),
    INDEX ix_pms_player (player_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE match_team_statistics (
    id                          CHAR(36) CHARACTER SET ascii NOT NULL,
    match_id                    CHAR(36) CHARACTER SET ascii NOT NULL,
    team_id                     CHAR(36) CHARACTER SET ascii NOT NULL,
    possession_percentage       DECIMAL(5, 2) NULL,
    expected_goals              DECIMAL(5, 2) NULL,
    total_shots                 SMALLINT      NULL,
    shots_on_target             SMALLINT      NULL,
    pressures                   SMALLINT      NULL,
    final_third_passes          SMALLINT      NULL,
    high_turnover_zones_data    JSON          NULL,
    set_piece_xg_breakdown_data JSON          NULL,
    transition_speed_data       JSON          NULL,
    build_up_patterns           JSON          NULL,
    defensive_block_patterns    JSON          NULL,
    pass_network_data           JSON          NULL,
    zone_analysis_data          JSON          NULL,
    tactical_weakness_data      JSON          NULL,
    created_at                  DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_mts_match FOREIGN KEY (match_id) REFERENCES matches (id) ON DELETE CASCADE,
    CONSTRAINT fk_mts_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT uq_mts_match_team UNIQUE (match_id, team_id),
    INDEX ix_mts_team (team_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE match_notes (
    id              CHAR(36) CHARACTER SET ascii NOT NULL,
    -- match key: a fixture or an ad-hoc analysis run's match id
    match_id        CHAR(36) CHARACTER SET ascii NOT NULL,
    user_id         CHAR(36) CHARACTER SET ascii NOT NULL,
    content         TEXT         NOT NULL,
    note_type       VARCHAR(16)  NOT NULL DEFAULT 'tactical',
    video_timestamp DOUBLE       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_match_notes_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_match_notes_type CHECK (note_type IN ('pre_match', 'live_reaction', 'tactical')),
    INDEX ix_match_notes_match_created (match_id, created_at),
    INDEX ix_match_notes_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reunions (
    id         CHAR(36) CHARACTER SET ascii NOT NULL,
    team_id    CHAR(36) CHARACTER SET ascii NOT NULL,
    title      VARCHAR(200) NOT NULL,
    date       DATETIME(6)  NOT NULL,
    location   VARCHAR(200) NOT NULL DEFAULT '',
    icon_name  VARCHAR(50)  NOT NULL DEFAULT 'groups',
    created_by CHAR(36) CHARACTER SET ascii NULL,
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_reunions_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_reunions_user FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    INDEX ix_reunions_team_date (team_id, date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_sessions (
    id         CHAR(36) CHARACTER SET ascii NOT NULL,
    team_id    CHAR(36) CHARACTER SET ascii NOT NULL,
    title      VARCHAR(200) NOT NULL,
    date       DATETIME(6)  NOT NULL,
    focus      VARCHAR(200) NOT NULL DEFAULT '',
    icon_name  VARCHAR(50)  NOT NULL DEFAULT 'fitness_center',
    created_by CHAR(36) CHARACTER SET ascii NULL,
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_training_sessions_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_training_sessions_user FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    INDEX ix_training_sessions_team_date (team_id, date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE analysis_runs (
    id                   CHAR(36) CHARACTER SET ascii NOT NULL,
    -- match key: a fixture, or a generated id for an ad-hoc upload
    match_id             CHAR(36) CHARACTER SET ascii NOT NULL,
    team_id              CHAR(36) CHARACTER SET ascii NULL,
    user_id              CHAR(36) CHARACTER SET ascii NULL,
    retry_of             CHAR(36) CHARACTER SET ascii NULL,
    input_video_name     VARCHAR(255)  NULL,
    input_video_path     VARCHAR(1024) NOT NULL,
    input_sha256         CHAR(64) CHARACTER SET ascii NULL,
    input_size_bytes     BIGINT        NULL,
    frame_limit          INT           NOT NULL DEFAULT 0,
    skip_json            BOOLEAN       NOT NULL DEFAULT FALSE,
    confidence_threshold DOUBLE        NOT NULL DEFAULT 0.5,
    engine_options       JSON          NULL,
    status               VARCHAR(16)   NOT NULL DEFAULT 'QUEUED',
    progress             DOUBLE        NOT NULL DEFAULT 0,
    message              VARCHAR(1024) NULL,
    error                TEXT          NULL,
    outputs              JSON          NULL,
    is_cancelled         BOOLEAN       NOT NULL DEFAULT FALSE,
    attempt              INT           NOT NULL DEFAULT 1,
    owner_instance       VARCHAR(128)  NULL,
    heartbeat_at         DATETIME(6)   NULL,
    submitted_at         DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    started_at           DATETIME(6)   NULL,
    completed_at         DATETIME(6)   NULL,
    updated_at           DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_analysis_runs_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL,
    CONSTRAINT fk_analysis_runs_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT fk_analysis_runs_retry FOREIGN KEY (retry_of) REFERENCES analysis_runs (id) ON DELETE SET NULL,
    CONSTRAINT ck_analysis_runs_status CHECK (status IN ('QUEUED', 'PROCESSING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    CONSTRAINT ck_analysis_runs_progress CHECK (progress BETWEEN 0 AND 1),
    INDEX ix_analysis_runs_match (match_id, submitted_at),
    INDEX ix_analysis_runs_status (status, submitted_at),
    INDEX ix_analysis_runs_team (team_id, submitted_at),
    INDEX ix_analysis_runs_user (user_id, submitted_at),
    INDEX ix_analysis_runs_owner (owner_instance, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE analysis_reports (
    id          CHAR(36) CHARACTER SET ascii NOT NULL,
    -- match key
    match_id    CHAR(36) CHARACTER SET ascii NOT NULL,
    analysis_id CHAR(36) CHARACTER SET ascii NULL,
    report_type VARCHAR(50)  NOT NULL DEFAULT 'analysis',
    title       VARCHAR(200) NULL,
    status      VARCHAR(16)  NOT NULL DEFAULT 'COMPLETED',
    report_data JSON         NULL,
    created_by  CHAR(36) CHARACTER SET ascii NULL,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_analysis_reports_run FOREIGN KEY (analysis_id) REFERENCES analysis_runs (id) ON DELETE CASCADE,
    CONSTRAINT fk_analysis_reports_user FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT uq_analysis_reports_run UNIQUE (analysis_id),
    INDEX ix_analysis_reports_match (match_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE video_segments (
    id            CHAR(36) CHARACTER SET ascii NOT NULL,
    match_id      CHAR(36) CHARACTER SET ascii NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    segment_type  VARCHAR(50)   NULL,
    start_seconds DOUBLE        NOT NULL,
    end_seconds   DOUBLE        NOT NULL,
    video_path    VARCHAR(1024) NULL,
    description   TEXT          NULL,
    tags          JSON          NULL,
    created_by    CHAR(36) CHARACTER SET ascii NULL,
    created_at    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_video_segments_match FOREIGN KEY (match_id) REFERENCES matches (id) ON DELETE CASCADE,
    CONSTRAINT fk_video_segments_user FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT ck_video_segments_range CHECK (start_seconds >= 0 AND end_seconds >= start_seconds),
    INDEX ix_video_segments_match (match_id, start_seconds)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE analysis_segments (
    id              CHAR(36) CHARACTER SET ascii NOT NULL,
    analysis_id     CHAR(36) CHARACTER SET ascii NOT NULL,
    -- match key
    match_id        CHAR(36) CHARACTER SET ascii NOT NULL,
    segment_index   INT          NOT NULL,
    start_sec       DOUBLE       NULL,
    end_sec         DOUBLE       NULL,
    video_start_sec DOUBLE       NULL,
    analysis_json   JSON         NULL,
    recommendation  TEXT         NULL,
    severity_score  DOUBLE       NULL,
    severity_label  VARCHAR(16)  NULL,
    status          VARCHAR(32)  NOT NULL DEFAULT 'SEGMENT_DONE',
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_analysis_segments_run FOREIGN KEY (analysis_id) REFERENCES analysis_runs (id) ON DELETE CASCADE,
    CONSTRAINT uq_analysis_segments_run_index UNIQUE (analysis_id, segment_index),
    INDEX ix_analysis_segments_match (match_id, segment_index)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tactical_alerts (
    id                     CHAR(36) CHARACTER SET ascii NOT NULL,
    -- match key
    match_id               CHAR(36) CHARACTER SET ascii NOT NULL,
    analysis_id            CHAR(36) CHARACTER SET ascii NULL,
    alert_id               VARCHAR(100) NOT NULL,
    decision_id            VARCHAR(100) NOT NULL,
    alert_timestamp        VARCHAR(32)  NOT NULL DEFAULT '',
    match_time             DOUBLE       NULL,
    severity_score         DOUBLE       NOT NULL DEFAULT 0,
    severity_label         VARCHAR(16)  NOT NULL DEFAULT 'LOW',
    category               VARCHAR(64)  NOT NULL DEFAULT '',
    decision_type          VARCHAR(64)  NOT NULL DEFAULT 'NONE',
    status                 VARCHAR(32)  NOT NULL DEFAULT 'ACTIVE',
    action                 VARCHAR(255) NOT NULL DEFAULT '',
    review_countdown       INT          NOT NULL DEFAULT 0,
    category_trigger_count INT          NOT NULL DEFAULT 0,
    trigger_metric         VARCHAR(255) NULL,
    recommended_action     TEXT         NULL,
    players                JSON         NULL,
    ball                   JSON         NULL,
    zone                   JSON         NULL,
    suppressed             BOOLEAN      NOT NULL DEFAULT FALSE,
    advisory               TEXT         NULL,
    created_at             DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at             DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_tactical_alerts_run FOREIGN KEY (analysis_id) REFERENCES analysis_runs (id) ON DELETE SET NULL,
    CONSTRAINT uq_tactical_alerts_match_alert UNIQUE (match_id, alert_id),
    INDEX ix_tactical_alerts_match_time (match_id, match_time),
    INDEX ix_tactical_alerts_decision (match_id, decision_id),
    INDEX ix_tactical_alerts_type (match_id, decision_type, match_time),
    INDEX ix_tactical_alerts_run (analysis_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE decision_feedback (
    id                       CHAR(36) CHARACTER SET ascii NOT NULL,
    user_id                  CHAR(36) CHARACTER SET ascii NOT NULL,
    -- match key
    match_id                 CHAR(36) CHARACTER SET ascii NULL,
    decision_id              VARCHAR(100) NOT NULL,
    decision_type            VARCHAR(64)  NULL,
    action                   VARCHAR(16)  NOT NULL,
    severity_at_time         DOUBLE       NULL,
    match_time               DOUBLE       NULL,
    decision_effective       TINYINT      NULL,
    decision_failed          TINYINT      NULL,
    escalation_after_dismiss TINYINT      NULL,
    post_severity_avg        DOUBLE       NULL,
    evaluation_windows       INT          NOT NULL DEFAULT 0,
    evaluated_at             DATETIME(6)  NULL,
    created_at               DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_decision_feedback_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT uq_decision_feedback_user_decision UNIQUE (user_id, decision_id),
    CONSTRAINT ck_decision_feedback_action CHECK (action IN ('ACCEPT', 'DISMISS')),
    INDEX ix_decision_feedback_match (match_id, created_at),
    INDEX ix_decision_feedback_decision (decision_id),
    INDEX ix_decision_feedback_pending (evaluated_at, match_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tactical_insights (
    id              CHAR(36) CHARACTER SET ascii NOT NULL,
    insight_type    VARCHAR(64)  NOT NULL,
    subject_type    VARCHAR(32)  NOT NULL,
    subject_id      VARCHAR(64)  NULL,
    subject_name    VARCHAR(200) NULL,
    team_id         CHAR(36) CHARACTER SET ascii NULL,
    summary         TEXT         NOT NULL,
    metrics         JSON         NULL,
    definition_hash CHAR(64) CHARACTER SET ascii NOT NULL,
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_tactical_insights_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT uq_tactical_insights_definition UNIQUE (definition_hash),
    INDEX ix_tactical_insights_subject (subject_type, subject_id, created_at),
    INDEX ix_tactical_insights_team (team_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Platform-wide settings every instance must agree on (for example the assistant mode).
CREATE TABLE app_settings (
    setting_key   VARCHAR(64)  NOT NULL,
    setting_value VARCHAR(255) NOT NULL,
    updated_by    CHAR(36) CHARACTER SET ascii NULL,
    updated_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (setting_key),
    CONSTRAINT fk_app_settings_user FOREIGN KEY (updated_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
