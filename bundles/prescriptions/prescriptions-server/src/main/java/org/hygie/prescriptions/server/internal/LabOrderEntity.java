package org.hygie.prescriptions.server.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.platform.persistence.AuditStamp;
import org.hygie.prescriptions.api.LabOrder;
import org.hygie.prescriptions.api.LabOrderState;
import org.hygie.prescriptions.api.LabPriority;
import org.hygie.prescriptions.api.OrderedTest;

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

/** A row of {@code prescriptions_lab_order} with its tests; never leaves this bundle. */
@Entity
@Table(name = "prescriptions_lab_order")
public class LabOrderEntity {
    @Id
    private UUID id;
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "prescriber_id", nullable = false, updatable = false)
    private UUID prescriberId;
    @Column(name = "prescriber_name", nullable = false, updatable = false)
    private String prescriberName;
    @Column(name = "ordered_at", nullable = false, updatable = false)
    private Instant orderedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, updatable = false)
    private LabPriority priority;
    @Column(name = "clinical_info", updatable = false)
    private String clinicalInfo;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private LabOrderState state;
    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "cancelled_by_name")
    private String cancelledByName;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "prescriptions_lab_test", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "test_index")
    private List<LabTestRow> tests = new ArrayList<>();
    @Embedded
    private AuditStamp audit;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LabOrderEntity() {
        // for Hibernate
    }

    LabOrderEntity(UUID id, UUID patientId, AuthenticatedUser prescriber, Instant at, LabPriority priority,
            String clinicalInfo, List<OrderedTest> tests) {
        this.id = id;
        this.patientId = patientId;
        this.prescriberId = prescriber.userId();
        this.prescriberName = prescriber.name();
        this.orderedAt = at;
        this.priority = priority;
        this.clinicalInfo = clinicalInfo;
        this.state = LabOrderState.ORDERED;
        this.stateChangedAt = at;
        tests.forEach(t -> this.tests.add(new LabTestRow(t)));
        this.audit = AuditStamp.created(at, prescriber);
    }

    void moveTo(LabOrderState state, AuthenticatedUser by, Instant at) {
        this.state = state;
        this.stateChangedAt = at;
        audit.touch(at, by);
    }

    void cancel(String reason, AuthenticatedUser by, Instant at) {
        moveTo(LabOrderState.CANCELLED, by, at);
        this.cancelReason = reason;
        this.cancelledByName = by.name();
    }

    UUID prescriberId() {
        return prescriberId;
    }

    LabOrderState state() {
        return state;
    }

    long version() {
        return version;
    }

    LabOrder toLabOrder() {
        return new LabOrder(id, patientId, prescriberId, prescriberName, orderedAt, priority, clinicalInfo,
                tests.stream().map(LabTestRow::toTest).toList(), state, stateChangedAt, cancelReason, cancelledByName,
                version);
    }
}
