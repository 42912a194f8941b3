package org.hygie.prescriptions.api;

import java.util.List;

import jakarta.validation.Valid;

/**
 * Renewing a prescription: a new one, signed now by the caller, with the same lines. It goes through
 * the same safety checks as any signature (the patient's allergies and treatments may have changed),
 * so it may need overrides of its own.
 *
 * @param overrides the interrupting alerts signed despite, with their reasons; null for none
 */
public record RenewRequest(List<@Valid OverrideInput> overrides) {
    public RenewRequest {
        overrides = overrides == null ? List.of() : overrides;
    }
}
