package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MedicalRecordNumbersTest {
    @Test
    void luhnCheckDigit_shouldMatchTheReferenceExample() {
        // The classic Luhn example: 7992739871 has check digit 3.
        assertThat(MedicalRecordNumbers.luhnCheckDigit("7992739871")).isEqualTo(3);
    }

    @Test
    void format_shouldZeroPadTheSequenceAndAppendTheLuhnDigit() {
        assertThat(MedicalRecordNumbers.format(1)).isEqualTo("000000018");
        assertThat(MedicalRecordNumbers.format(120)).isEqualTo("000001206");
        assertThat(MedicalRecordNumbers.format(12_345_678)).isEqualTo("123456782");
        assertThat(MedicalRecordNumbers.format(MedicalRecordNumbers.MAX_SEQUENCE)).isEqualTo("999999998");
    }

    @Test
    void format_shouldRefuseSequencesOutOfRange() {
        assertThatThrownBy(() -> MedicalRecordNumbers.format(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MedicalRecordNumbers.format(100_000_000L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isValid_shouldAcceptFormattedNumbers() {
        for (long seq : new long[] {1, 2, 9, 10, 99, 4242, 1_000_000, 87_654_321}) {
            assertThat(MedicalRecordNumbers.isValid(MedicalRecordNumbers.format(seq))).as("seq %d", seq).isTrue();
        }
    }

    @Test
    void isValid_shouldCatchAWrongDigitAndSwappedNeighbours() {
        assertThat(MedicalRecordNumbers.isValid("000000017")).isFalse();
        assertThat(MedicalRecordNumbers.isValid("123456782")).isTrue();
        assertThat(MedicalRecordNumbers.isValid("123456872")).isFalse();
        assertThat(MedicalRecordNumbers.isValid("213456782")).isFalse();
    }

    @Test
    void isValid_shouldRefuseOtherShapes() {
        assertThat(MedicalRecordNumbers.isValid(null)).isFalse();
        assertThat(MedicalRecordNumbers.isValid("00000018")).isFalse();
        assertThat(MedicalRecordNumbers.isValid("0000000018")).isFalse();
        assertThat(MedicalRecordNumbers.isValid("00000001A")).isFalse();
    }

    @Test
    void fromQuery_shouldRecogniseNineDigitsIgnoringSpaces() {
        assertThat(MedicalRecordNumbers.fromQuery("000 000 018")).isEqualTo("000000018");
        assertThat(MedicalRecordNumbers.fromQuery("123456789")).isEqualTo("123456789");
        assertThat(MedicalRecordNumbers.fromQuery("12345678")).isNull();
        assertThat(MedicalRecordNumbers.fromQuery("dupont")).isNull();
        assertThat(MedicalRecordNumbers.fromQuery(null)).isNull();
    }
}
