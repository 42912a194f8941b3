package org.hygie.patients.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.hygie.patients.api.Nir.Check;
import org.junit.jupiter.api.Test;

class NirTest {
    @Test
    void check_shouldAcceptPublishedExamples() {
        // Keys computed independently (97 - n mod 97); the first two are the examples published
        // by Wikipedia and INSEE documentation.
        assertThat(Nir.check("2 55 08 14 168 025 38")).isEqualTo(Check.VALID);
        assertThat(Nir.check("269054958815780")).isEqualTo(Check.VALID);
        assertThat(Nir.check("184057645108931")).isEqualTo(Check.VALID);
    }

    @Test
    void check_shouldRefuseAWrongKey() {
        assertThat(Nir.check("255081416802539")).isEqualTo(Check.INVALID_KEY);
        assertThat(Nir.check("269054958815781")).isEqualTo(Check.INVALID_KEY);
        // one body digit changed, key kept
        assertThat(Nir.check("255081416802638")).isEqualTo(Check.INVALID_KEY);
    }

    @Test
    void check_shouldCountCorsicanDepartmentsAs19And18() {
        assertThat(Nir.check("1 80 01 2A 123 456 20")).isEqualTo(Check.VALID);
        assertThat(Nir.check("2 85 12 2B 050 077 72")).isEqualTo(Check.VALID);
        assertThat(Nir.check("1 80 01 2a 123 456 20")).as("lower-case letter").isEqualTo(Check.VALID);
        // The key a naive implementation gets by reading A or B as 20 must be refused.
        assertThat(Nir.check("180012A12345690")).isEqualTo(Check.INVALID_KEY);
        assertThat(Nir.check("285122B05007718")).isEqualTo(Check.INVALID_KEY);
    }

    @Test
    void check_shouldRefuseMalformedNumbers() {
        assertThat(Nir.check(null)).isEqualTo(Check.INVALID_FORMAT);
        assertThat(Nir.check("")).isEqualTo(Check.INVALID_FORMAT);
        assertThat(Nir.check("25508141680253")).as("14 characters").isEqualTo(Check.INVALID_FORMAT);
        assertThat(Nir.check("2550814168025380")).as("16 characters").isEqualTo(Check.INVALID_FORMAT);
        assertThat(Nir.check("555081416802538")).as("sex digit 5").isEqualTo(Check.INVALID_FORMAT);
        assertThat(Nir.check("25508141680253X")).isEqualTo(Check.INVALID_FORMAT);
        assertThat(Nir.check("18001123A456720")).as("letter outside the department").isEqualTo(Check.INVALID_FORMAT);
        assertThat(Nir.check("180012C12345620")).as("only 2A and 2B").isEqualTo(Check.INVALID_FORMAT);
    }

    @Test
    void key_shouldBe97MinusTheNumberModulo97() {
        assertThat(Nir.key("2550814168025")).isEqualTo(38);
        assertThat(Nir.key("1800119123456")).isEqualTo(20);
    }

    @Test
    void compact_shouldRemoveSpacesAndUpperCase() {
        assertThat(Nir.compact(" 1 80 01 2a 123 456 20 ")).isEqualTo("180012A12345620");
        assertThat(Nir.compact(null)).isNull();
    }
}
