-- Foundation: agencies (registry), people and tokens (security), the audit chain (security).

-- Registry: an agency is a real body (Sở, Công an tỉnh, BHXH tỉnh, ...). Issue #4 adds
-- effective dating, roles and administrative units on top of this table.
CREATE TABLE agency (
    id            BIGSERIAL PRIMARY KEY,
    code          VARCHAR(64)  NOT NULL UNIQUE,
    name_vi       VARCHAR(300) NOT NULL,
    name_en       VARCHAR(300) NOT NULL,
    level         VARCHAR(16)  NOT NULL CHECK (level IN ('central', 'province', 'district', 'commune')),
    province_code VARCHAR(2),
    jurisdiction_vi VARCHAR(200) NOT NULL,
    jurisdiction_en VARCHAR(200) NOT NULL
);

-- The operator of the platform itself, to which the first administrator belongs.
INSERT INTO agency (code, name_vi, name_en, level, province_code, jurisdiction_vi, jurisdiction_en)
VALUES ('phoihop.operator', 'Đơn vị vận hành hệ thống PhoiHop', 'PhoiHop platform operator', 'central', NULL,
        'Toàn quốc', 'Nationwide');

-- Security: people. A user belongs to exactly one agency.
CREATE TABLE app_user (
    id            BIGSERIAL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    agency_id     BIGINT       NOT NULL REFERENCES agency (id),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(32) NOT NULL CHECK (role IN ('ADMIN', 'SUPERVISOR', 'OFFICER', 'VIEWER')),
    PRIMARY KEY (user_id, role)
);

-- API bearer tokens: only the SHA-256 of the token is kept, so a database leak yields no token.
CREATE TABLE api_token (
    token_sha256 CHAR(64)    PRIMARY KEY,
    user_id      BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    issued_at    TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    revoked      BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX api_token_user ON api_token (user_id);

-- Audit: append-only and hash-chained. Each event's hash covers its own fields and the hash of
-- the event before it, so changing or removing any row breaks every later link.
CREATE TABLE audit_event (
    seq         BIGINT       PRIMARY KEY,
    occurred_at TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    agency      VARCHAR(64),
    action      VARCHAR(100) NOT NULL,
    object_type VARCHAR(64),
    object_id   VARCHAR(200),
    outcome     VARCHAR(32)  NOT NULL,
    details     TEXT         NOT NULL DEFAULT '',
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL
);

-- The database refuses changes and deletions too, not only the chain: defence in depth.
CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
