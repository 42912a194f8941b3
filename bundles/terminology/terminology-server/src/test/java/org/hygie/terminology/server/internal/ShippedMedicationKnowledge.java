package org.hygie.terminology.server.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hygie.terminology.api.Allergen;
import org.hygie.terminology.api.Drug;
import org.hygie.terminology.api.LabTest;
import org.hygie.terminology.api.knowledge.AllergyMatch;
import org.hygie.terminology.api.knowledge.Interaction;
import org.hygie.terminology.api.knowledge.MedicationKnowledge;

/**
 * The medication knowledge of the catalogues as shipped, without a database, for the tests of
 * other areas (from this module's test-jar): the same rules as the service, over the curated drugs.
 */
public final class ShippedMedicationKnowledge implements MedicationKnowledge {
    private final ShippedCatalogue shipped = ShippedCatalogue.read();
    private final KnowledgeTables tables = KnowledgeTables.of(shipped);

    @Override
    public Map<String, Drug> drugs(Collection<String> cis) {
        Map<String, Drug> out = new LinkedHashMap<>();
        if (cis != null) {
            shipped.drugs().stream().filter(d -> cis.contains(d.cis())).forEach(d -> out.put(d.cis(), d));
        }
        return out;
    }

    @Override
    public Map<String, LabTest> labTests(Collection<String> loinc) {
        return tables.labTests(loinc);
    }

    @Override
    public Optional<Allergen> allergen(String code) {
        return tables.allergen(code);
    }

    @Override
    public List<Allergen> allergensNamed(String text) {
        return tables.allergensNamed(text);
    }

    @Override
    public Optional<AllergyMatch> allergyMatch(Allergen allergen, Drug drug, boolean fromFreeText) {
        return tables.allergyMatch(allergen, drug, fromFreeText);
    }

    @Override
    public List<Interaction> interactions(Drug first, Drug second) {
        return tables.interactions(first, second);
    }
}
