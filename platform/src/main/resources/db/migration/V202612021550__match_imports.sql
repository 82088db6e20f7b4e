-- Imports of provider event data (docs/imports.md): which provider match became which fixture,
-- so that importing the same provider match again updates that fixture instead of adding one.
-- The key is per club (the account manager's user id): two clubs may import the same match.
CREATE TABLE match_imports (
    club_id           CHAR(36) CHARACTER SET ascii NOT NULL,
    provider          VARCHAR(16)  NOT NULL,
    provider_match_id VARCHAR(64)  NOT NULL,
    match_id          CHAR(36) CHARACTER SET ascii NOT NULL,
    event_count       INT          NOT NULL,
    imported_at       DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (club_id, provider, provider_match_id),
    CONSTRAINT fk_match_imports_club FOREIGN KEY (club_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_match_imports_match FOREIGN KEY (match_id) REFERENCES matches (id) ON DELETE CASCADE,
    CONSTRAINT ck_match_imports_provider CHECK (provider IN ('statsbomb')),
    INDEX ix_match_imports_match (match_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Imported matches carry shots and fouls as events too (the rest of a provider's events ends up
-- in the derived statistics). DROP CONSTRAINT runs on MariaDB 10.2+ and MySQL 8.0.19+.
ALTER TABLE match_events DROP CONSTRAINT ck_match_events_type;
ALTER TABLE match_events ADD CONSTRAINT ck_match_events_type
    CHECK (event_type IN ('goal', 'assist', 'yellow_card', 'red_card', 'sub_in', 'sub_out', 'pass', 'shot', 'foul'));
