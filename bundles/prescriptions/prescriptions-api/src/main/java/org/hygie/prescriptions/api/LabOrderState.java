package org.hygie.prescriptions.api;

/**
 * Where a lab order stands: ORDERED → IN_PROGRESS → PRELIMINARY → FINAL, moved by the results area;
 * or CANCELLED by a doctor, with a reason, before any result is out (ORDERED or IN_PROGRESS).
 */
public enum LabOrderState {
    ORDERED, IN_PROGRESS, PRELIMINARY, FINAL, CANCELLED
}
