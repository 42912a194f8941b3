-- The hashes of each account's previous passwords (BCrypt, as the current one), so that a user
-- cannot go back to a recent password (UsersConfig.passwordHistory). Kept to what the rule needs:
-- older rows are deleted when a password is replaced.
CREATE TABLE users_password_history (
    id            uuid         PRIMARY KEY,
    user_id       uuid         NOT NULL REFERENCES users_user (id),
    password_hash varchar(100) NOT NULL,
    -- when this password stopped being the account's
    replaced_at   timestamptz  NOT NULL
);

CREATE INDEX users_password_history_user_idx ON users_password_history (user_id, replaced_at DESC);
