package org.hygie.terminology.api;

import java.util.List;

/**
 * A drug of the catalogue (a French speciality, identified by its CIS code).
 *
 * @param cis its code in the French drug database (8 digits)
 * @param name its name as marketed (for example {@code AMOXICILLINE BIOGARAN 500 mg, gélule})
 * @param form its pharmaceutical form (for example {@code gélule}), or null
 * @param routes its routes of administration (for example {@code orale}), possibly empty
 * @param substances its active substances with their strength, possibly empty when not known
 * @param atc its ATC class, or null when the catalogue has none (a drug without one is still
 *        checked against allergies by substance, but not against the interaction table)
 * @param narcotic whether it is a narcotic (stupéfiant): prescribed on a secure form, quantities in words,
 *        at most 28 days
 * @param source where it comes from
 */
public record Drug(String cis, String name, String form, List<String> routes, List<Substance> substances,
        AtcClass atc, boolean narcotic, DrugSource source) {
    public Drug {
        routes = routes == null ? List.of() : List.copyOf(routes);
        substances = substances == null ? List.of() : List.copyOf(substances);
    }
}
