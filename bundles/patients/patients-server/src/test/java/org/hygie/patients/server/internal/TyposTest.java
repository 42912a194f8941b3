package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TyposTest {
    @Test
    void allowedEdits_shouldGrowWithTheWord() {
        assertThat(Typos.allowedEdits("lea")).isZero();
        assertThat(Typos.allowedEdits("jean")).isEqualTo(1);
        assertThat(Typos.allowedEdits("lefebvre")).isEqualTo(2);
        assertThat(Typos.allowedEdits("lefebre")).isEqualTo(1);
    }

    @Test
    void distance_shouldCountASwapOrAMissingExtraOrWrongLetterAsOneEdit() {
        assertThat(Typos.distance("amleie", "amelie", 2)).isEqualTo(1); // swap
        assertThat(Typos.distance("dupnot", "dupont", 2)).isEqualTo(1); // swap
        assertThat(Typos.distance("bonnrt", "bonnet", 2)).isEqualTo(1); // wrong letter
        assertThat(Typos.distance("guerrin", "guerin", 2)).isEqualTo(1); // extra letter
        assertThat(Typos.distance("tierry", "thierry", 2)).isEqualTo(1); // missing letter
        assertThat(Typos.distance("martin", "martin", 2)).isZero();
    }

    @Test
    void distance_shouldStopBeyondTheMaximum() {
        assertThat(Typos.distance("phillipe", "philippe", 1)).isEqualTo(2); // two edits: more than 1
        assertThat(Typos.distance("phillipe", "philippe", 2)).isEqualTo(2);
        assertThat(Typos.distance("martin", "bernard", 2)).isEqualTo(3);
        assertThat(Typos.distance("ab", "abcdef", 2)).isEqualTo(3);
    }

    @Test
    void deletionKeys_shouldShareAFormForEveryWordOneEditAway() {
        String[][] pairs = { { "amleie", "amelie" }, { "bonnrt", "bonnet" }, { "guerrin", "guerin" },
                { "dupnot", "dupont" }, { "marin", "martin" } };
        for (String[] p : pairs) {
            assertThat(Typos.deletionKeys(p[0], 1)).as(p[0] + " / " + p[1])
                    .containsAnyElementsOf(Typos.deletionKeys(p[1], 1));
        }
    }

    @Test
    void deletionKeys_shouldGoAsDeepAsAsked() {
        assertThat(Typos.deletionKeys("abc", 0)).containsExactly("abc");
        assertThat(Typos.deletionKeys("abc", 1)).containsExactly("abc", "bc", "ac", "ab");
        assertThat(Typos.deletionKeys("abc", 2)).containsExactly("abc", "bc", "ac", "ab", "c", "b", "a");
    }
}
