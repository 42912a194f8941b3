-- btree_gist lets an exclusion constraint combine equality on a uuid with overlap of a range.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Appointments. Times are instants; [start_at, end_at) so that back-to-back appointments do not overlap.
CREATE TABLE appointments_appointment (
    id            uuid         PRIMARY KEY,
    patient_id    uuid         NOT NULL,
    doctor_id     uuid         NOT NULL,
    start_at      timestamptz  NOT NULL,
    end_at        timestamptz  NOT NULL,
    reason        varchar(500),
    status        varchar(16)  NOT NULL,
    -- why it was cancelled
    status_reason varchar(500),
    created_at    timestamptz  NOT NULL,
    created_by    uuid,
    updated_at    timestamptz  NOT NULL,
    updated_by    uuid,
    CONSTRAINT appointments_patient_fk FOREIGN KEY (patient_id) REFERENCES patients_patient (id),
    CONSTRAINT appointments_doctor_fk FOREIGN KEY (doctor_id) REFERENCES users_user (id),
    CONSTRAINT appointments_status_ck CHECK (status IN ('SCHEDULED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    CONSTRAINT appointments_time_ck CHECK (end_at > start_at),
    -- No double booking, whatever the concurrency: the database refuses (SQLState 23P01) a second
    -- active appointment of the same doctor, or of the same patient, over an overlapping time.
    CONSTRAINT appointments_doctor_overlap_ex EXCLUDE USING gist
        (doctor_id WITH =, tstzrange(start_at, end_at, '[)') WITH &&)
        WHERE (status IN ('SCHEDULED', 'CHECKED_IN')),
    CONSTRAINT appointments_patient_overlap_ex EXCLUDE USING gist
        (patient_id WITH =, tstzrange(start_at, end_at, '[)') WITH &&)
        WHERE (status IN ('SCHEDULED', 'CHECKED_IN'))
);

CREATE INDEX appointments_doctor_start_ix ON appointments_appointment (doctor_id, start_at);
CREATE INDEX appointments_patient_start_ix ON appointments_appointment (patient_id, start_at);
CREATE INDEX appointments_start_ix ON appointments_appointment (start_at);

-- Doctors whose working hours were edited; the others work the default hours.
CREATE TABLE appointments_hours_set (
    doctor_id  uuid        PRIMARY KEY,
    updated_at timestamptz NOT NULL,
    updated_by uuid,
    CONSTRAINT appointments_hours_set_doctor_fk FOREIGN KEY (doctor_id) REFERENCES users_user (id)
);

-- Their periods, in the hospital's time zone (ISO day of week: 1 = Monday).
CREATE TABLE appointments_working_period (
    doctor_id   uuid     NOT NULL REFERENCES appointments_hours_set (doctor_id) ON DELETE CASCADE,
    day_of_week smallint NOT NULL,
    start_time  time     NOT NULL,
    end_time    time     NOT NULL,
    PRIMARY KEY (doctor_id, day_of_week, start_time),
    CONSTRAINT appointments_working_period_day_ck CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT appointments_working_period_time_ck CHECK (end_time > start_time)
);
