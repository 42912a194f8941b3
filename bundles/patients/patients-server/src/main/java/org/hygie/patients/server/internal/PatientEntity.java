package org.hygie.patients.server.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.patients.api.Patient;
import org.hygie.patients.api.PatientSummary;
import org.hygie.patients.api.Sex;
import org.hygie.platform.persistence.AuditStamp;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of {@code patients_patient}. Never deleted; never leaves this bundle (mapped to DTOs). */
@Entity
@Table(name = "patients_patient")
public class PatientEntity {
    @Id
    private UUID id;
    @Column(name = "mrn", nullable = false, updatable = false)
    private String mrn;
    @Column(name = "last_name", nullable = false)
    private String lastName;
    @Column(name = "first_name", nullable = false)
    private String firstName;
    @Column(name = "last_norm", nullable = false)
    private String lastNorm;
    @Column(name = "first_norm", nullable = false)
    private String firstNorm;
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false)
    private Sex sex;
    @Column(name = "phone")
    private String phone;
    @Column(name = "email")
    private String email;
    @Column(name = "address")
    private String address;
    @Column(name = "nir")
    private String nir;
    @Column(name = "demo", nullable = false, updatable = false)
    private boolean demo;
    @Embedded
    private AuditStamp audit;
    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    protected PatientEntity() {
        // for JPA
    }

    PatientEntity(UUID id, String mrn, boolean demo, Instant now, AuthenticatedUser by) {
        this.id = id;
        this.mrn = mrn;
        this.demo = demo;
        this.audit = AuditStamp.created(now, by);
    }

    /** Copies the checked demographics, with their normalised search forms. */
    void setDemographics(String lastName, String firstName, LocalDate birthDate, Sex sex, String phone, String email,
            String address, String nir) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.lastNorm = NameNormalizer.normalize(lastName);
        this.firstNorm = NameNormalizer.normalize(firstName);
        this.birthDate = birthDate;
        this.sex = sex;
        this.phone = phone;
        this.email = email;
        this.address = address;
        this.nir = nir;
    }

    void touch(Instant at, AuthenticatedUser by) {
        audit.touch(at, by);
    }

    UUID id() {
        return id;
    }

    String lastNorm() {
        return lastNorm;
    }

    String firstNorm() {
        return firstNorm;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    long version() {
        return version == null ? 0 : version;
    }

    Patient toPatient() {
        return new Patient(id, mrn, lastName, firstName, birthDate, sex, phone, email, address, nir,
                audit.createdAt(), audit.updatedAt(), version());
    }

    PatientSummary toSummary(PatientSummary.Match match) {
        return new PatientSummary(id, mrn, lastName, firstName, birthDate, sex, match);
    }
}
