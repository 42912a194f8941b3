package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hygie.patients.server.internal.NameAlternatives.NameWord;
import org.hygie.patients.server.internal.SearchPlan.Alternative;
import org.junit.jupiter.api.Test;

class NameAlternativesTest {
    private static final List<NameWord> DICTIONARY = List.of(new NameWord("martin", "martin"),
            new NameWord("martins", "martins"), new NameWord("martine", "martine"), new NameWord("marin", "marin"),
            new NameWord("pierre", "jean pierre"), new NameWord("jean", "jean pierre"),
            new NameWord("pierre", "pierre"), new NameWord("goff", "le goff"), new NameWord("le", "le goff"),
            new NameWord("bartholome", "bartholome"), new NameWord("lea", "lea"));

    @Test
    void of_shouldKeepTheNamesWithinTheWordsEditsFewestFirst() {
        assertThat(NameAlternatives.of(List.of("martni"), DICTIONARY)).containsExactly(List.of(
                new Alternative("martin", 1)));
        assertThat(NameAlternatives.of(List.of("marin"), DICTIONARY).get(0)).containsExactly(
                new Alternative("marin", 0), new Alternative("martin", 1));
        assertThat(NameAlternatives.of(List.of("martin"), DICTIONARY).get(0)).containsExactly(
                new Alternative("martin", 0), new Alternative("marin", 1), new Alternative("martine", 1),
                new Alternative("martins", 1));
    }

    @Test
    void of_shouldLetAWordStandForTheCompoundNamesItIsAPartOf() {
        assertThat(NameAlternatives.of(List.of("pierre", "goff"), DICTIONARY)).containsExactly(
                List.of(new Alternative("pierre", 0), new Alternative("jean pierre", 0)),
                List.of(new Alternative("le goff", 0)));
    }

    @Test
    void of_shouldPutTheNameThatIsTheWordAloneBeforeTheCompoundNamesHoldingIt() {
        List<NameWord> many = new java.util.ArrayList<>();
        for (String other : List.of("adam", "bernard", "blanc", "dubois")) {
            many.add(new NameWord("mathieu", other + " mathieu"));
            many.add(new NameWord("mathieu", "mathieu " + other));
        }
        many.add(new NameWord("mathieu", "mathieu"));
        List<Alternative> found = NameAlternatives.of(List.of("mauhieu"), many).get(0);
        assertThat(found).hasSize(9).startsWith(new Alternative("mathieu", 1), new Alternative("adam mathieu", 1));
    }

    @Test
    void of_shouldForgiveTwoEditsOnlyFromEightLetters() {
        assertThat(NameAlternatives.of(List.of("bartolomi"), DICTIONARY).get(0))
                .containsExactly(new Alternative("bartholome", 2));
        assertThat(NameAlternatives.of(List.of("matrni"), DICTIONARY).get(0)).isEmpty();
    }

    @Test
    void of_shouldMatchWordsOfThreeLettersOnlyExactlyAndShorterOnesNotAtAll() {
        assertThat(NameAlternatives.of(List.of("lea", "lee", "le"), DICTIONARY)).containsExactly(
                List.of(new Alternative("lea", 0)), List.of(), List.of());
    }
}
