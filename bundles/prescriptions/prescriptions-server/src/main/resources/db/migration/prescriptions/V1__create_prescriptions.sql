-- Medication prescriptions. A signed prescription is never edited: only its stop (status, reason,
-- who, when) changes it; a change of treatment is a new prescription (renewed_from when copied).
CREATE TABLE prescriptions_prescription (
    id              uuid          PRIMARY KEY,
    patient_id      uuid          NOT NULL,
    prescriber_id   uuid          NOT NULL,
    prescriber_name varchar(200)  NOT NULL,
    signed_at       timestamptz   NOT NULL,
    weight_kg       numeric(5, 2),
    status          varchar(16)   NOT NULL,
    -- the day its longest line ends, renewals included; null when a line is given in boxes only
    ends_on         date,
    renewed_from    uuid          REFERENCES prescriptions_prescription (id),
    stop_reason     varchar(1000),
    stopped_at      timestamptz,
    stopped_by_name varchar(200),
    version         bigint        NOT NULL,
    created_at      timestamptz   NOT NULL,
    created_by      uuid,
    updated_at      timestamptz   NOT NULL,
    updated_by      uuid,
    CONSTRAINT prescriptions_patient_fk FOREIGN KEY (patient_id) REFERENCES patients_patient (id),
    CONSTRAINT prescriptions_prescriber_fk FOREIGN KEY (prescriber_id) REFERENCES users_user (id),
    CONSTRAINT prescriptions_status_ck CHECK (status IN ('ACTIVE', 'STOPPED')),
    CONSTRAINT prescriptions_stop_ck CHECK ((status = 'STOPPED') = (stop_reason IS NOT NULL))
);
CREATE INDEX prescriptions_patient_ix ON prescriptions_prescription (patient_id, signed_at DESC);

-- Its lines, with what the catalogue said of the drug when signed (the catalogue may change later).
CREATE TABLE prescriptions_item (
    prescription_id uuid          NOT NULL REFERENCES prescriptions_prescription (id),
    line_index      integer       NOT NULL,
    drug_cis        varchar(20),
    drug_name       varchar(500),
    -- DCI and strength of each substance, one per line of text
    substances      text,
    atc             varchar(7),
    narcotic        boolean       NOT NULL,
    free_text       varchar(500),
    dose            numeric(12, 4),
    dose_unit       varchar(50),
    route           varchar(100),
    frequency       varchar(200),
    duration_days   integer,
    boxes           integer,
    renewals        integer       NOT NULL,
    instructions    varchar(500),
    ald             boolean       NOT NULL,
    PRIMARY KEY (prescription_id, line_index),
    CONSTRAINT prescriptions_item_drug_ck CHECK ((drug_cis IS NULL) <> (free_text IS NULL))
);

-- What the safety checks found when signing: notes, and alerts overridden (with reason, who, when).
CREATE TABLE prescriptions_alert (
    prescription_id      uuid          NOT NULL REFERENCES prescriptions_prescription (id),
    alert_index          integer       NOT NULL,
    alert_key            varchar(300)  NOT NULL,
    type                 varchar(16)   NOT NULL,
    level                varchar(20),
    interrupts           boolean       NOT NULL,
    line                 integer       NOT NULL,
    drug                 varchar(500),
    allergen             varchar(500),
    other_drug           varchar(500),
    other_prescription   uuid,
    message              varchar(2000) NOT NULL,
    from_free_text       boolean       NOT NULL,
    override_reason      varchar(1000),
    overridden_by        uuid,
    overridden_by_name   varchar(200),
    overridden_at        timestamptz,
    PRIMARY KEY (prescription_id, alert_index),
    CONSTRAINT prescriptions_alert_override_ck CHECK (override_reason IS NULL OR overridden_at IS NOT NULL)
);

-- Lab orders: ORDERED -> IN_PROGRESS -> PRELIMINARY -> FINAL (the results area), or CANCELLED.
CREATE TABLE prescriptions_lab_order (
    id               uuid          PRIMARY KEY,
    patient_id       uuid          NOT NULL,
    prescriber_id    uuid          NOT NULL,
    prescriber_name  varchar(200)  NOT NULL,
    ordered_at       timestamptz   NOT NULL,
    priority         varchar(8)    NOT NULL,
    clinical_info    varchar(2000),
    state            varchar(12)   NOT NULL,
    state_changed_at timestamptz   NOT NULL,
    cancel_reason    varchar(1000),
    cancelled_by_name varchar(200),
    version          bigint        NOT NULL,
    created_at       timestamptz   NOT NULL,
    created_by       uuid,
    updated_at       timestamptz   NOT NULL,
    updated_by       uuid,
    CONSTRAINT prescriptions_lab_patient_fk FOREIGN KEY (patient_id) REFERENCES patients_patient (id),
    CONSTRAINT prescriptions_lab_prescriber_fk FOREIGN KEY (prescriber_id) REFERENCES users_user (id),
    CONSTRAINT prescriptions_lab_priority_ck CHECK (priority IN ('ROUTINE', 'URGENT', 'STAT')),
    CONSTRAINT prescriptions_lab_state_ck CHECK (state IN ('ORDERED', 'IN_PROGRESS', 'PRELIMINARY', 'FINAL', 'CANCELLED')),
    CONSTRAINT prescriptions_lab_cancel_ck CHECK ((state = 'CANCELLED') = (cancel_reason IS NOT NULL))
);
CREATE INDEX prescriptions_lab_patient_ix ON prescriptions_lab_order (patient_id, ordered_at DESC);
CREATE INDEX prescriptions_lab_state_ix ON prescriptions_lab_order (state, ordered_at);

CREATE TABLE prescriptions_lab_test (
    order_id   uuid         NOT NULL REFERENCES prescriptions_lab_order (id),
    test_index integer      NOT NULL,
    loinc      varchar(20)  NOT NULL,
    name       varchar(300) NOT NULL,
    specimen   varchar(200),
    unit       varchar(50),
    PRIMARY KEY (order_id, test_index)
);
