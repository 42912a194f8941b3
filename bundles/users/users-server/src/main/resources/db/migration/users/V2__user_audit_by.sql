-- Who created an account and who changed it last, as every area's rows record it (the platform's
-- AuditStamp): an administrator's id, the account's own for its password change and logins, or
-- null for the platform itself (initial administrator, demo accounts, failed-login counting).
-- Accounts created before this column existed keep null: their author was not recorded.
ALTER TABLE users_user ADD COLUMN created_by uuid, ADD COLUMN updated_by uuid;
