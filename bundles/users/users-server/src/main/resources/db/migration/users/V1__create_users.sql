-- User accounts. Never deleted: deactivated (active = false), so that what they did stays attributed.
CREATE TABLE users_user (
    id                   uuid         PRIMARY KEY,
    -- login name, stored lower case; the service checks the format, the database its uniqueness
    username             varchar(64)  NOT NULL,
    display_name         varchar(200) NOT NULL,
    role                 varchar(32)  NOT NULL,
    -- BCrypt hash ($2a$<cost>$...), never the password
    password_hash        varchar(100) NOT NULL,
    active               boolean      NOT NULL DEFAULT true,
    must_change_password boolean      NOT NULL DEFAULT true,
    -- the first-start administrator whose random password was only written to the log: demo
    -- seeding may take it over (see UserManager.createInitialAdmin); cleared by a password change
    provisional          boolean      NOT NULL DEFAULT false,
    -- consecutive failed logins; the lock is set when it reaches the configured maximum
    failed_logins        integer      NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    password_changed_at  timestamptz  NOT NULL,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    CONSTRAINT users_user_username_uk UNIQUE (username),
    CONSTRAINT users_user_username_format_ck CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
    CONSTRAINT users_user_failed_logins_ck CHECK (failed_logins >= 0)
);
