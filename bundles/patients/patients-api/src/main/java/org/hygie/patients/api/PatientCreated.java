package org.hygie.patients.api;

import java.util.List;

/**
 * The answer to a creation.
 *
 * @param patient the created patient, with its id and record number
 * @param possibleDuplicates other patients with the same normalised last and first names and the
 *        same birth date: the creation succeeded, the user should check whether they are the same person
 */
public record PatientCreated(Patient patient, List<PatientSummary> possibleDuplicates) {
    public PatientCreated {
        possibleDuplicates = possibleDuplicates == null ? List.of() : List.copyOf(possibleDuplicates);
    }
}
