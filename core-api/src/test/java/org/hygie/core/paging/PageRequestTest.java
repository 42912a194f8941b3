package org.hygie.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hygie.core.problem.HygieException;
import org.junit.jupiter.api.Test;

class PageRequestTest {
    @Test
    void of_shouldDefaultToFirstPageOfTwenty() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void of_shouldRefuseSizesAboveOneHundred() {
        assertThatThrownBy(() -> PageRequest.of(0, 101)).isInstanceOf(HygieException.class)
                .hasMessageContaining("size must be between 1 and 100");
    }

    @Test
    void of_shouldRefuseNegativePages() {
        assertThatThrownBy(() -> PageRequest.of(-1, 10)).isInstanceOf(HygieException.class);
    }

    @Test
    void offset_shouldSkipEarlierPages() {
        assertThat(PageRequest.of(3, 25).offset()).isEqualTo(75);
    }

    @Test
    void of_shouldRefuseAPageWhoseOffsetWouldPassTheBound() {
        // Integer.MAX_VALUE × 20 once overflowed into a negative offset, a 500 further down.
        assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE, 20)).isInstanceOf(HygieException.class)
                .satisfies(e -> assertThat(((HygieException) e).errors()).singleElement()
                        .satisfies(error -> assertThat(error.field() + ":" + error.code()).isEqualTo("page:out_of_range")));
        assertThat(PageRequest.of(PageRequest.MAX_OFFSET / 100, 100).offset()).isEqualTo(PageRequest.MAX_OFFSET);
        assertThatThrownBy(() -> PageRequest.of(PageRequest.MAX_OFFSET / 100 + 1, 100)).isInstanceOf(HygieException.class);
    }
}
