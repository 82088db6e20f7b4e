-- Webhooks (docs/webhooks.md): a club's endpoints, the outbox of deliveries (written in the
-- transaction of the event that caused them) and the log of every attempt.
-- Runs unchanged on MariaDB 10.6+ and MySQL 8.0. Times are UTC.

CREATE TABLE webhook_endpoints (
    id                   CHAR(36) CHARACTER SET ascii NOT NULL,
    -- the club: its account manager's user id
    club_id              CHAR(36) CHARACTER SET ascii NOT NULL,
    url                  VARCHAR(2048) NOT NULL,
    -- subscribed event types, comma-separated (run.completed,alert.raised,...)
    events               VARCHAR(255) CHARACTER SET ascii NOT NULL,
    -- whsec_ + base64 of 32 random bytes; needed in clear text to sign
    secret               VARCHAR(100) CHARACTER SET ascii NOT NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    consecutive_failures INT          NOT NULL DEFAULT 0,
    disabled_at          DATETIME(6)  NULL,
    disabled_reason      VARCHAR(255) NULL,
    created_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_webhook_endpoints_club FOREIGN KEY (club_id) REFERENCES users (id) ON DELETE CASCADE,
    INDEX ix_webhook_endpoints_club (club_id, enabled)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE webhook_deliveries (
    -- also the webhook-id header: the same on every attempt and on a redelivery
    id               CHAR(36) CHARACTER SET ascii NOT NULL,
    endpoint_id      CHAR(36) CHARACTER SET ascii NOT NULL,
    -- the event's own id (e.g. run.completed:<analysis_id>): one delivery per event and endpoint
    event_key        VARCHAR(191) CHARACTER SET ascii NOT NULL,
    event_type       VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    -- the body exactly as sent and signed
    payload          MEDIUMTEXT   NOT NULL,
    status           VARCHAR(16)  CHARACTER SET ascii NOT NULL DEFAULT 'pending',
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)  NOT NULL,
    first_attempt_at DATETIME(6)  NULL,
    last_attempt_at  DATETIME(6)  NULL,
    last_status_code INT          NULL,
    last_error       VARCHAR(500) NULL,
    -- the lease of the instance sending it now
    claimed_by       VARCHAR(100) CHARACTER SET ascii NULL,
    claimed_until    DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    delivered_at     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_webhook_deliveries_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id)
        ON DELETE CASCADE,
    CONSTRAINT uq_webhook_deliveries_event UNIQUE (endpoint_id, event_key),
    CONSTRAINT ck_webhook_deliveries_status CHECK (status IN ('pending', 'delivered', 'failed')),
    INDEX ix_webhook_deliveries_due (status, next_attempt_at),
    INDEX ix_webhook_deliveries_endpoint_created (endpoint_id, created_at),
    INDEX ix_webhook_deliveries_claim (claimed_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE webhook_attempts (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    delivery_id  CHAR(36) CHARACTER SET ascii NOT NULL,
    attempt      INT          NOT NULL,
    attempted_at DATETIME(6)  NOT NULL,
    -- the endpoint's HTTP status, NULL when no answer came (refused, timeout, SSRF)
    status_code  INT          NULL,
    error        VARCHAR(500) NULL,
    duration_ms  BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_webhook_attempts_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_deliveries (id)
        ON DELETE CASCADE,
    INDEX ix_webhook_attempts_delivery (delivery_id, attempt)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
