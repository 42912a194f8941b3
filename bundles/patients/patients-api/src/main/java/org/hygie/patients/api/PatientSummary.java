package org.hygie.patients.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A patient as listed by search and duplicate detection.
 *
 * @param id the patient's id
 * @param mrn the medical record number
 * @param lastName family name
 * @param firstName given name(s)
 * @param birthDate date of birth
 * @param sex administrative sex
 * @param match how the patient matched the search: {@link Match#EXACT} ranks before
 *        {@link Match#PREFIX}, which ranks before {@link Match#FUZZY}
 */
public record PatientSummary(UUID id, String mrn, String lastName, String firstName, LocalDate birthDate, Sex sex,
        Match match) {

    /** Why a patient is in a search result, best first. */
    public enum Match {
        /** The record number, or a whole name, equals the query. */
        EXACT,
        /** The names start with the query's words, or hold them as parts of compound names. */
        PREFIX,
        /** A name is a few typing errors away from a query word: maybe someone else, say so. */
        FUZZY,
        /** No name query: listed by birth date or in name order. */
        ALL
    }
}
