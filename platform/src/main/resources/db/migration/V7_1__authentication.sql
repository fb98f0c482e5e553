-- Issue #7 part A: authentication. Lockout, TOTP second factor with recovery codes, service
-- accounts (token only, no password), scoped API tokens, and the web sessions a user can list
-- and revoke.

-- A person signs in with a password; a service account (system-to-system exchange) has none
-- and authenticates only with API tokens.
ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE app_user ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'service'));
ALTER TABLE app_user ADD CONSTRAINT app_user_password_only_for_people
    CHECK ((kind = 'person') = (password_hash IS NOT NULL));

-- Lockout after repeated failures (password or second factor).
ALTER TABLE app_user ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMPTZ;

-- TOTP (RFC 6238): the shared secret once enrolment is confirmed, encrypted (AES-256-GCM, key
-- outside the database); while enrolling the candidate secret waits in the session, never here.
ALTER TABLE app_user ADD COLUMN totp_secret VARCHAR(200);
ALTER TABLE app_user ADD COLUMN totp_enrolled_at TIMESTAMPTZ;

-- The subject of the user at an external OpenID Connect provider, when one is configured.
ALTER TABLE app_user ADD COLUMN oidc_subject VARCHAR(255) UNIQUE;

-- Recovery codes: single use, only their SHA-256 kept.
CREATE TABLE totp_recovery_code (
    user_id     BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    code_sha256 CHAR(64)    NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    PRIMARY KEY (user_id, code_sha256)
);

-- API tokens get an id (to list and revoke them without their secret), a name, scopes (NULL:
-- the token of POST /api/v1/auth/token, which carries all of the user's rights) and who
-- created it (the user, or the administrator for a service account).
ALTER TABLE api_token ADD COLUMN id BIGSERIAL UNIQUE;
ALTER TABLE api_token ADD COLUMN name VARCHAR(100);
ALTER TABLE api_token ADD COLUMN scopes VARCHAR(1000);
ALTER TABLE api_token ADD COLUMN created_by VARCHAR(64);
ALTER TABLE api_token ADD COLUMN revoked_at TIMESTAMPTZ;
ALTER TABLE api_token ADD COLUMN last_used_at TIMESTAMPTZ;

-- Web sessions of signed-in people, so that they can see where they are signed in and revoke a
-- session; idle and absolute timeouts are checked against these times.
CREATE TABLE user_session (
    id           BIGSERIAL    PRIMARY KEY,
    handle       CHAR(64)     NOT NULL UNIQUE,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ  NOT NULL,
    last_seen_at TIMESTAMPTZ  NOT NULL,
    ip           VARCHAR(64),
    user_agent   VARCHAR(300),
    ended_at     TIMESTAMPTZ,
    end_reason   VARCHAR(32)
);
CREATE INDEX user_session_user ON user_session (user_id, ended_at);
