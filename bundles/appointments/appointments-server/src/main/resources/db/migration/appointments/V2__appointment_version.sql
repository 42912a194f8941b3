-- The optimistic-lock version of an appointment: a reschedule that names the version it read is
-- refused (409) when someone else changed the appointment in between, instead of overwriting it.
ALTER TABLE appointments_appointment ADD COLUMN version bigint NOT NULL DEFAULT 0;
