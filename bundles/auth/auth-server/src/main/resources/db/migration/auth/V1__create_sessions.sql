-- Login sessions. The bearer token itself is never stored, only its SHA-256: a copy of this table
-- gives nobody a usable token. A row is deleted when its session ends (logout, deactivation,
-- password reset, expiry).
CREATE TABLE auth_session (
    id                  uuid        PRIMARY KEY,
    user_id             uuid        NOT NULL REFERENCES users_user (id),
    -- SHA-256 of the token, lower-case hex
    token_hash          varchar(64) NOT NULL,
    created_at          timestamptz NOT NULL,
    -- the idle expiry slides from here; updated at most once a minute to spare writes
    last_seen_at        timestamptz NOT NULL,
    -- the absolute expiry, fixed at login
    absolute_expires_at timestamptz NOT NULL,
    CONSTRAINT auth_session_token_hash_uk UNIQUE (token_hash)
);

CREATE INDEX auth_session_user_idx ON auth_session (user_id);
CREATE INDEX auth_session_absolute_expires_idx ON auth_session (absolute_expires_at);
