package org.hygie.patients.server.internal;

import java.time.Instant;
import java.util.UUID;

import org.hygie.patients.api.Allergy;
import org.hygie.patients.api.AllergySeverity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code patients_allergy}: clinical data, recorded once and kept. */
@Entity
@Table(name = "patients_allergy")
public class AllergyEntity {
    @Id
    private UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "substance", nullable = false, updatable = false)
    private String substance;
    @Column(name = "reaction", updatable = false)
    private String reaction;
    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, updatable = false)
    private AllergySeverity severity;
    @Column(name = "noted_at", nullable = false, updatable = false)
    private Instant notedAt;
    @Column(name = "noted_by_id", updatable = false)
    private UUID notedById;
    @Column(name = "noted_by_name", nullable = false, updatable = false)
    private String notedByName;

    protected AllergyEntity() {
        // for JPA
    }

    AllergyEntity(UUID id, UUID patientId, String substance, String reaction, AllergySeverity severity,
            Instant notedAt, UUID notedById, String notedByName) {
        this.id = id;
        this.patientId = patientId;
        this.substance = substance;
        this.reaction = reaction;
        this.severity = severity;
        this.notedAt = notedAt;
        this.notedById = notedById;
        this.notedByName = notedByName;
    }

    Allergy toAllergy() {
        return new Allergy(id, substance, reaction, severity, notedAt, notedByName);
    }
}
