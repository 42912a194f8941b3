-- What an ordonnance prints of its prescriber beyond his name (R.5132-3): RPPS number, specialty, phone.
ALTER TABLE users_user ADD COLUMN rpps varchar(11);
ALTER TABLE users_user ADD COLUMN specialty varchar(100);
ALTER TABLE users_user ADD COLUMN phone varchar(30);
ALTER TABLE users_user ADD CONSTRAINT users_user_rpps_ck CHECK (rpps ~ '^[0-9]{11}$');
-- One RPPS number identifies one professional: two accounts cannot carry it.
CREATE UNIQUE INDEX users_user_rpps_ux ON users_user (rpps);
