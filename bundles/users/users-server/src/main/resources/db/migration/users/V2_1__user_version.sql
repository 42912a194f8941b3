-- The version of an account's administrative fields (display name, role, active), raised by each
-- administrator's edit of them (not by logins): an edit that names the version it read is refused
-- (409) when another administrator changed the account in between, instead of overwriting it.
-- Numbered 2.1 so that it cannot collide with a V3 written at the same time on another branch.
ALTER TABLE users_user ADD COLUMN version bigint NOT NULL DEFAULT 0;
