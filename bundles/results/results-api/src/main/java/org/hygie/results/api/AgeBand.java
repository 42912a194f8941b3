package org.hygie.results.api;

import java.time.LocalDate;
import java.time.Period;

import org.hygie.patients.api.Sex;

/**
 * Whom a reference range or critical limits apply to: a sex (or every sex) and an age band at the time
 * of sampling.
 *
 * @param sex {@link Sex#FEMALE} or {@link Sex#MALE}, or null for every sex (a patient whose sex is
 *        {@code OTHER} or {@code UNKNOWN} matches only such bands)
 * @param from the youngest age the band applies to, included ({@code P0D} from birth)
 * @param to the age the band stops at, excluded, or null for no end
 */
public record AgeBand(Sex sex, Period from, Period to) {
    /**
     * @param patientSex the patient's sex
     * @param birthDate the patient's birth date
     * @param sampledOn the day the specimen was taken (in the hospital's time zone)
     * @return whether a patient of this sex and birth date falls in this band on that day
     */
    public boolean matches(Sex patientSex, LocalDate birthDate, LocalDate sampledOn) {
        if (sex != null && sex != patientSex) {
            return false;
        }
        // An age is compared as dates (born + 18 years <= sampled), never as a count of days: a band of
        // years then turns on the birthday itself, as an age does.
        return !birthDate.plus(from).isAfter(sampledOn) && (to == null || birthDate.plus(to).isAfter(sampledOn));
    }
}
