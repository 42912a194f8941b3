package org.hygie.prescriptions.server.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.platform.persistence.AuditStamp;
import org.hygie.prescriptions.api.Alert;
import org.hygie.prescriptions.api.Item;
import org.hygie.prescriptions.api.Prescription;
import org.hygie.prescriptions.api.PrescriptionStatus;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of {@code prescriptions_prescription} with its lines and findings; never leaves this bundle. */
@Entity
@Table(name = "prescriptions_prescription")
public class PrescriptionEntity {
    @Id
    private UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "prescriber_id", nullable = false, updatable = false)
    private UUID prescriberId;
    @Column(name = "prescriber_name", nullable = false, updatable = false)
    private String prescriberName;
    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;
    @Column(name = "weight_kg", updatable = false)
    private BigDecimal weightKg;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PrescriptionStatus status;
    @Column(name = "ends_on", updatable = false)
    private LocalDate endsOn;
    @Column(name = "renewed_from", updatable = false)
    private UUID renewedFrom;
    @Column(name = "stop_reason")
    private String stopReason;
    @Column(name = "stopped_at")
    private Instant stoppedAt;
    @Column(name = "stopped_by_name")
    private String stoppedByName;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "prescriptions_item", joinColumns = @JoinColumn(name = "prescription_id"))
    @OrderColumn(name = "line_index")
    private List<ItemRow> items = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "prescriptions_alert", joinColumns = @JoinColumn(name = "prescription_id"))
    @OrderColumn(name = "alert_index")
    private List<AlertRow> alerts = new ArrayList<>();
    @Embedded
    private AuditStamp audit;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PrescriptionEntity() {
        // for Hibernate
    }

    PrescriptionEntity(UUID id, UUID patientId, AuthenticatedUser prescriber, Instant signedAt, BigDecimal weightKg,
            LocalDate endsOn, UUID renewedFrom) {
        this.id = id;
        this.patientId = patientId;
        this.prescriberId = prescriber.userId();
        this.prescriberName = prescriber.name();
        this.signedAt = signedAt;
        this.weightKg = weightKg == null ? null : weightKg.stripTrailingZeros();
        this.status = PrescriptionStatus.ACTIVE;
        this.endsOn = endsOn;
        this.renewedFrom = renewedFrom;
        this.audit = AuditStamp.created(signedAt, prescriber);
    }

    void addItem(Item item) {
        items.add(new ItemRow(item));
    }

    void addNote(Alert alert) {
        alerts.add(new AlertRow(alert));
    }

    void addOverride(Alert alert, String reason, AuthenticatedUser by, Instant at) {
        alerts.add(new AlertRow(alert).overridden(reason, by.recordedId(), by.name(), at));
    }

    void stop(String reason, AuthenticatedUser by, Instant at) {
        this.status = PrescriptionStatus.STOPPED;
        this.stopReason = reason;
        this.stoppedAt = at;
        this.stoppedByName = by.name();
        audit.touch(at, by);
    }

    UUID id() {
        return id;
    }

    UUID patientId() {
        return patientId;
    }

    UUID prescriberId() {
        return prescriberId;
    }

    PrescriptionStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    List<Item> items() {
        List<Item> list = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            list.add(items.get(i).toItem(i + 1));
        }
        return list;
    }

    Prescription toPrescription() {
        return new Prescription(id, patientId, prescriberId, prescriberName, signedAt,
                weightKg == null ? null : weightKg.stripTrailingZeros(), items(),
                alerts.stream().filter(a -> !a.isOverride()).map(AlertRow::toAlert).toList(),
                alerts.stream().filter(AlertRow::isOverride).map(AlertRow::toOverride).toList(), status, endsOn,
                renewedFrom, stopReason, stoppedAt, stoppedByName, version);
    }
}
