package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.hygie.core.problem.FieldError;
import org.hygie.core.problem.HygieException;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
    @Test
    void parse_shouldNormaliseTheWords() {
        SearchQuery q = SearchQuery.parse("  Hélène   DUPONT-Lefèvre ", null, null, null);
        assertThat(q.words()).containsExactly("helene", "dupont", "lefevre");
        assertThat(q.mrn()).isNull();
        assertThat(q.page().page()).isZero();
        assertThat(q.page().size()).isEqualTo(20);
    }

    @Test
    void parse_shouldTakeNineDigitsAsARecordNumber() {
        SearchQuery q = SearchQuery.parse(" 000 000 018 ", null, 0, 10);
        assertThat(q.mrn()).isEqualTo("000000018");
        assertThat(q.words()).isEmpty();
        assertThat(q.listsAll()).isFalse();
    }

    @Test
    void parse_shouldListAllWithoutQueryOrWithPunctuationOnly() {
        assertThat(SearchQuery.parse(null, null, null, null).listsAll()).isTrue();
        assertThat(SearchQuery.parse(" - ' ", "1950-03-04", null, null).listsAll()).isTrue();
    }

    @Test
    void parse_shouldReadAnIsoBirthDate() {
        assertThat(SearchQuery.parse("x", " 1950-03-04 ", null, null).birthDate()).isEqualTo(LocalDate.of(1950, 3, 4));
        assertThat(SearchQuery.parse("x", "", null, null).birthDate()).isNull();
    }

    @Test
    void parse_shouldReportEveryBadParameterWithItsFieldAs422() {
        HygieException e = catchThrowableOfType(() -> SearchQuery.parse("x", "04/03/1950", -1, 101), HygieException.class);
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("page", "out_of_range"),
                org.assertj.core.groups.Tuple.tuple("size", "out_of_range"),
                org.assertj.core.groups.Tuple.tuple("birthDate", "invalid_format"));
    }

    @Test
    void parse_shouldRefuseAnImpossibleDate() {
        HygieException e = catchThrowableOfType(() -> SearchQuery.parse(null, "1950-02-30", null, null), HygieException.class);
        assertThat(e.errors()).extracting(FieldError::code).containsExactly("invalid_format");
    }

    @Test
    void parse_shouldRefuseTooLongOrTooWordyQueries() {
        HygieException longQ = catchThrowableOfType(() -> SearchQuery.parse("a".repeat(201), null, null, null),
                HygieException.class);
        assertThat(longQ.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("q", "too_long"));
        HygieException wordy = catchThrowableOfType(() -> SearchQuery.parse("a b c d e f g", null, null, null),
                HygieException.class);
        assertThat(wordy.errors()).extracting(FieldError::code).containsExactly("too_many_words");
        assertThat(SearchQuery.parse("a b c d e f", null, null, null).words()).hasSize(6);
    }

    @Test
    void parse_shouldAcceptTheLargestPageSize() {
        assertThat(SearchQuery.parse(null, null, 3, 100).page().offset()).isEqualTo(300);
    }
}
