package org.hygie.patients.api;

import java.time.Instant;
import java.util.List;

/**
 * What is recorded of a patient's allergies: the statement as a whole (none recorded, none known,
 * some) and every allergy ever recorded, those entered in error included.
 *
 * @param statement what the list means: {@link AllergyStatement#NOT_RECORDED} when nobody asked,
 *        {@link AllergyStatement#NONE_KNOWN} when a clinician stated there is none
 * @param statedAt when "no known allergy" was last stated, or null when it never was
 * @param statedBy who stated it (the user's display name), or null
 * @param allergies every allergy recorded, oldest first, those entered in error included
 */
public record PatientAllergies(AllergyStatement statement, Instant statedAt, String statedBy, List<Allergy> allergies) {
    public PatientAllergies {
        allergies = allergies == null ? List.of() : List.copyOf(allergies);
    }

    /** @return the allergies that stand, oldest first */
    public List<Allergy> active() {
        return allergies.stream().filter(a -> a.status() == AllergyStatus.ACTIVE).toList();
    }
}
