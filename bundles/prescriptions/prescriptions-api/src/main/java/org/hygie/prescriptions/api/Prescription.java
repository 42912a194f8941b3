package org.hygie.prescriptions.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A signed medication prescription.
 *
 * @param id its id (printed on the sheet)
 * @param patientId the patient
 * @param prescriberId the doctor who signed it
 * @param prescriberName his name
 * @param signedAt when it was signed
 * @param weightKg the patient's weight when given
 * @param items its lines
 * @param notes the safety checks' findings that did not interrupt (milder interactions, milder
 *        allergies, lines that could not be checked)
 * @param overrides the interrupting alerts signed despite, with reason, who and when
 * @param status active or stopped
 * @param endsOn the day its longest line ends, renewals included; null when a line is given in boxes only
 * @param renewedFrom the prescription it renews, or null
 * @param stopReason why it was stopped, or null
 * @param stoppedAt when, or null
 * @param stoppedBy by whom (name), or null
 * @param version the optimistic-lock version: send it back to stop it
 */
public record Prescription(UUID id, UUID patientId, UUID prescriberId, String prescriberName, Instant signedAt,
        BigDecimal weightKg, List<Item> items, List<Alert> notes, List<AppliedOverride> overrides,
        PrescriptionStatus status, LocalDate endsOn, UUID renewedFrom, String stopReason, Instant stoppedAt,
        String stoppedBy, long version) {
    public Prescription {
        items = items == null ? List.of() : List.copyOf(items);
        notes = notes == null ? List.of() : List.copyOf(notes);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }
}
