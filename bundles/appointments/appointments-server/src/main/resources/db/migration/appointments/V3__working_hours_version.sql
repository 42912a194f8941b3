-- The version of a doctor's working hours, raised by every change (0 while they are the default):
-- a change that names the version it read is refused (409) when someone changed them in between.
ALTER TABLE appointments_hours_set ADD COLUMN version bigint NOT NULL DEFAULT 0;
