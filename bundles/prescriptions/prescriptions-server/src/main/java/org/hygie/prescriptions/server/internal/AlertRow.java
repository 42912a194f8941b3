package org.hygie.prescriptions.server.internal;

import java.time.Instant;
import java.util.UUID;

import org.hygie.prescriptions.api.Alert;
import org.hygie.prescriptions.api.AlertType;
import org.hygie.prescriptions.api.AppliedOverride;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A row of {@code prescriptions_alert}: a note, or an alert overridden with its reason, who and when. */
@Embeddable
public class AlertRow {
    @Column(name = "alert_key", nullable = false)
    private String key;
    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private AlertType type;
    @Column(name = "level")
    private String level;
    @Column(name = "interrupts", nullable = false)
    private boolean interrupts;
    @Column(name = "line", nullable = false)
    private int line;
    @Column(name = "drug")
    private String drug;
    @Column(name = "allergen")
    private String allergen;
    @Column(name = "other_drug")
    private String otherDrug;
    @Column(name = "other_prescription")
    private UUID otherPrescription;
    @Column(name = "message", nullable = false)
    private String message;
    @Column(name = "from_free_text", nullable = false)
    private boolean fromFreeText;
    @Column(name = "override_reason")
    private String overrideReason;
    @Column(name = "overridden_by")
    private UUID overriddenBy;
    @Column(name = "overridden_by_name")
    private String overriddenByName;
    @Column(name = "overridden_at")
    private Instant overriddenAt;

    protected AlertRow() {
        // for JPA
    }

    AlertRow(Alert alert) {
        this.key = alert.key();
        this.type = alert.type();
        this.level = alert.level();
        this.interrupts = alert.interrupts();
        this.line = alert.line();
        this.drug = alert.drug();
        this.allergen = alert.allergen();
        this.otherDrug = alert.otherDrug();
        this.otherPrescription = alert.otherPrescriptionId();
        this.message = alert.message();
        this.fromFreeText = alert.fromFreeText();
    }

    AlertRow overridden(String reason, UUID by, String byName, Instant at) {
        this.overrideReason = reason;
        this.overriddenBy = by;
        this.overriddenByName = byName;
        this.overriddenAt = at;
        return this;
    }

    boolean isOverride() {
        return overrideReason != null;
    }

    Alert toAlert() {
        return new Alert(key, type, level, interrupts, line, drug, allergen, otherDrug, otherPrescription, message,
                fromFreeText);
    }

    AppliedOverride toOverride() {
        return new AppliedOverride(toAlert(), overrideReason, overriddenBy, overriddenByName, overriddenAt);
    }
}
