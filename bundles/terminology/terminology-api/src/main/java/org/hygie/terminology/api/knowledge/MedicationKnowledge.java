package org.hygie.terminology.api.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hygie.terminology.api.Allergen;
import org.hygie.terminology.api.Drug;
import org.hygie.terminology.api.LabTest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The catalogues and safety tables for other areas of the server (prescriptions, results, the
 * patients' allergies), which must never read the terminology area's tables. Implemented by the
 * terminology area as an OSGi service; it checks no permission (callers check their caller's), and
 * works with no network: everything comes from the shipped or imported data.
 */
@ProviderType
public interface MedicationKnowledge {
    /**
     * @param cis CIS codes (null or empty for none)
     * @return the drugs known among them, by CIS code
     */
    Map<String, Drug> drugs(Collection<String> cis);

    /**
     * @param loinc LOINC codes (null or empty for none)
     * @return the lab tests known among them, by LOINC code
     */
    Map<String, LabTest> labTests(Collection<String> loinc);

    /**
     * @param code an allergen's code ({@code inn:...} or {@code atc:...})
     * @return the allergen, or empty when the code is unknown
     */
    Optional<Allergen> allergen(String code);

    /**
     * Reads an allergy recorded as free text: the allergens whose label or DCI equals the text once
     * case, accents, plural and surrounding words such as "allergie à" are ignored
     * ({@code "Pénicilline"} reads as the penicillins class; {@code "amoxicilline"} as the substance).
     *
     * @param text the allergy as written
     * @return the allergens it reads as, most specific first; empty when it reads as none
     */
    List<Allergen> allergensNamed(String text);

    /**
     * Whether a drug is unsafe for an allergen: one of its substances is the allergen, or its ATC
     * class falls in the allergen's class (an allergy to amoxicillin warns for every penicillin).
     *
     * @param allergen the allergen
     * @param drug the drug
     * @param fromFreeText whether the allergen was read from free text (carried into the match)
     * @return how it matched, or empty when the drug is safe as far as the tables know
     */
    Optional<AllergyMatch> allergyMatch(Allergen allergen, Drug drug, boolean fromFreeText);

    /**
     * @param first a drug
     * @param second another drug
     * @return the table's interactions between their classes, most severe first; empty when none
     *         (or when either has no ATC class)
     */
    List<Interaction> interactions(Drug first, Drug second);
}
