package org.hygie.prescriptions.api;

/** The limits a prescription is checked against, shared by the server and the desktop's forms. */
public final class PrescriptionRules {
    /** Lines on one prescription at most. */
    public static final int MAX_ITEMS = 30;
    /** Overrides given with one signature at most. */
    public static final int MAX_OVERRIDES = 100;
    /** Longest duration of an ordinary line: an ordinary prescription holds a year at most. */
    public static final int MAX_DAYS = 365;
    /** Longest duration of a narcotic (stupéfiant), in days. */
    public static final int NARCOTIC_MAX_DAYS = 28;
    public static final int MAX_BOXES = 99;
    /** Renewals of an ordinary line at most (a year of monthly dispensing). */
    public static final int MAX_RENEWALS = 11;
    /** A weight, in kilograms, from a premature newborn to the heaviest adult. */
    public static final double MIN_WEIGHT_KG = 0.3;
    public static final double MAX_WEIGHT_KG = 500;

    private PrescriptionRules() {
    }
}
