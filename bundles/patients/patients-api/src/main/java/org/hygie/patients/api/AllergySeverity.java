package org.hygie.patients.api;

/** How severe a recorded allergic reaction is. */
public enum AllergySeverity {
    MILD, MODERATE, SEVERE, UNKNOWN
}
