package org.hygie.prescriptions.api;

/** How soon a lab order is to be done. */
public enum LabPriority {
    ROUTINE, URGENT, STAT
}
