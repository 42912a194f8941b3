package org.hygie.prescriptions.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchNumbersTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "0;zéro", "1;un", "7;sept", "16;seize", "17;dix-sept", "20;vingt",
            "21;vingt et un", "22;vingt-deux", "28;vingt-huit", "30;trente", "41;quarante et un", "60;soixante",
            "70;soixante-dix", "71;soixante et onze", "72;soixante-douze", "79;soixante-dix-neuf", "80;quatre-vingts",
            "81;quatre-vingt-un", "90;quatre-vingt-dix", "91;quatre-vingt-onze", "99;quatre-vingt-dix-neuf", "100;cent",
            "101;cent un", "180;cent quatre-vingts", "200;deux cents", "201;deux cent un", "1000;mille",
            "1001;mille un", "2000;deux mille", "80000;quatre-vingt mille", "200000;deux cent mille",
            "1000000;un million", "2500000;deux millions cinq cent mille", "200000000;deux cents millions" })
    void words_shouldSpellWholeNumbersInTraditionalFrench(long n, String words) {
        assertThat(FrenchNumbers.words(n)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "2.5;deux virgule cinq", "0.25;zéro virgule vingt-cinq",
            "0.05;zéro virgule zéro cinq", "10.0;dix", "1.50;un virgule cinq" })
    void words_shouldSpellDecimalsAfterVirgule(String n, String words) {
        assertThat(FrenchNumbers.words(new BigDecimal(n))).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "10;mg;dix milligrammes", "1;comprimé;un comprimé",
            "2;comprimé;deux comprimés", "1.5;mg;un virgule cinq milligramme", "12;µg/h;douze microgrammes par heure",
            "3;UI;trois unités internationales" })
    void unitWords_shouldAgreeFromTwoOn(String dose, String unit, String words) {
        assertThat(Units.words(new BigDecimal(dose), unit)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "3 fois par jour;3 (trois) fois par jour",
            "toutes les 12 heures;toutes les 12 (douze) heures", "matin et soir;matin et soir" })
    void withWords_shouldFollowEachNumberWithItsWords(String text, String expected) {
        assertThat(FrenchNumbers.withWords(text)).isEqualTo(expected);
    }
}
