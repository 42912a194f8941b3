package org.hygie.terminology.api;

/** Where a catalogue drug comes from. */
public enum DrugSource {
    /** The set curated and shipped with Hygie (common hospital drugs, with ATC classes). */
    CURATED,
    /** Imported from the French public drug database (BDPM) by the hospital. */
    BDPM
}
