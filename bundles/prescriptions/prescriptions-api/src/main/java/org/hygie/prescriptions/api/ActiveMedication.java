package org.hygie.prescriptions.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of one of the patient's active prescriptions, as a biologist reads it beside results.
 *
 * @param prescriptionId the prescription
 * @param signedAt when it was signed
 * @param prescriberName by whom
 * @param endsOn when the prescription ends, or null when given in boxes
 * @param item the line
 */
public record ActiveMedication(UUID prescriptionId, Instant signedAt, String prescriberName, LocalDate endsOn,
        Item item) {
}
