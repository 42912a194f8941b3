package org.hygie.patients.server.internal;

import java.time.Instant;
import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.patients.api.Allergy;
import org.hygie.patients.api.AllergySeverity;
import org.hygie.patients.api.AllergyStatus;
import org.hygie.platform.persistence.AuditStamp;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A row of {@code patients_allergy}: clinical data, never deleted. A correction replaces its values
 * (the service keeps the old ones in {@code patients_allergy_revision} first); a mistaken one is
 * marked entered in error. Created and last changed as the platform's audit stamp says, with the
 * users' names as they were then.
 */
@Entity
@Table(name = "patients_allergy")
public class AllergyEntity {
    @Id
    private UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "substance", nullable = false)
    private String substance;
    @Column(name = "reaction")
    private String reaction;
    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false)
    private AllergySeverity severity;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AllergyStatus status;
    @Column(name = "error_reason")
    private String errorReason;
    /** The allergen of the terminology catalogue it is coded with, or null for free text. */
    @Column(name = "allergen_code")
    private String allergenCode;
    @Embedded
    @AttributeOverride(name = "createdAt", column = @Column(name = "noted_at", nullable = false, updatable = false))
    @AttributeOverride(name = "createdBy", column = @Column(name = "noted_by_id", updatable = false))
    private AuditStamp audit;
    @Column(name = "noted_by_name", nullable = false, updatable = false)
    private String notedByName;
    @Column(name = "updated_by_name", nullable = false)
    private String updatedByName;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AllergyEntity() {
        // for JPA
    }

    AllergyEntity(UUID id, UUID patientId, String substance, String reaction, AllergySeverity severity,
            String allergenCode, Instant now, AuthenticatedUser by) {
        this.id = id;
        this.patientId = patientId;
        this.substance = substance;
        this.reaction = reaction;
        this.severity = severity;
        this.allergenCode = allergenCode;
        this.status = AllergyStatus.ACTIVE;
        this.audit = AuditStamp.created(now, by);
        this.notedByName = by.name();
        this.updatedByName = by.name();
    }

    UUID patientId() {
        return patientId;
    }

    AllergyStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    void correct(String substance, String reaction, AllergySeverity severity, String allergenCode, Instant now,
            AuthenticatedUser by) {
        this.substance = substance;
        this.reaction = reaction;
        this.severity = severity;
        this.allergenCode = allergenCode;
        touch(now, by);
    }

    void markEnteredInError(String reason, Instant now, AuthenticatedUser by) {
        this.status = AllergyStatus.ENTERED_IN_ERROR;
        this.errorReason = reason;
        touch(now, by);
    }

    private void touch(Instant now, AuthenticatedUser by) {
        audit.touch(now, by);
        updatedByName = by.name();
    }

    Allergy toAllergy() {
        boolean changed = version > 0;
        return new Allergy(id, substance, reaction, severity, status, audit.createdAt(), notedByName,
                changed ? audit.updatedAt() : null, changed ? updatedByName : null, errorReason, version, allergenCode);
    }
}
