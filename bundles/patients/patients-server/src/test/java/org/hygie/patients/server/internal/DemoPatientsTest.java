package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.hygie.core.problem.FieldRules;
import org.hygie.patients.api.Nir;
import org.hygie.patients.api.PatientInput;
import org.junit.jupiter.api.Test;

class DemoPatientsTest {
    private static final List<PatientInput> INPUTS = DemoPatients.PATIENTS.stream().map(DemoPatients::input).toList();

    @Test
    void input_shouldGiveAboutFiftyPatientsThatPassValidation() {
        assertThat(INPUTS).hasSizeBetween(45, 60);
        for (PatientInput in : INPUTS) {
            // The demo is created through the service, not the REST layer that checks the rules.
            assertThat(FieldRules.check(in)).as(in.lastName() + " " + in.firstName()).isEmpty();
        }
    }

    @Test
    void input_shouldBuildValidNirsIncludingCorsicanOnes() {
        List<String> nirs = INPUTS.stream().map(PatientInput::nir).filter(n -> n != null).toList();
        assertThat(nirs).hasSizeGreaterThanOrEqualTo(5).allMatch(n -> Nir.check(n) == Nir.Check.VALID);
        assertThat(nirs).anyMatch(n -> n.contains("2A")).anyMatch(n -> n.contains("2B"));
    }

    @Test
    void patients_shouldHaveAccentedNamesAllergiesAndOneLikelyDuplicate() {
        assertThat(INPUTS).anyMatch(in -> !in.firstName().equals(NameNormalizer.normalize(in.firstName())));
        assertThat(DemoPatients.PATIENTS).filteredOn(d -> !d.allergies().isEmpty()).hasSizeGreaterThanOrEqualTo(5);
        long distinctIdentities = INPUTS.stream().map(in -> NameNormalizer.normalize(in.lastName()) + "|"
                + NameNormalizer.normalize(in.firstName()) + "|" + in.birthDate()).collect(Collectors.toSet()).size();
        assertThat(distinctIdentities).isEqualTo(INPUTS.size() - 1);
    }
}
