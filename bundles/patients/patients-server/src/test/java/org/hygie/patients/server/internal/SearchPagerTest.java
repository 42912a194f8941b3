package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.hygie.patients.server.internal.SearchPlan.Branch;
import org.junit.jupiter.api.Test;

class SearchPagerTest {
    /**
     * A database where each branch, recognised by the first words of its SQL, holds a number of
     * rows named after it; it records what the pager asked.
     */
    static final class FakeRunner implements SearchPager.Runner<String> {
        final Map<String, Integer> rowsByPrefix = new HashMap<>();
        final Map<String, List<String>> similar = new HashMap<>();
        final List<String> calls = new ArrayList<>();

        FakeRunner rows(String wherePrefix, int n) {
            rowsByPrefix.put(wherePrefix, n);
            return this;
        }

        private String key(Branch b) {
            return rowsByPrefix.keySet().stream().filter(b.where()::startsWith).findFirst().orElse("?");
        }

        @Override
        public long count(Branch branch, int cap) {
            calls.add("count " + key(branch) + " cap " + cap);
            return Math.min(rowsByPrefix.getOrDefault(key(branch), 0), cap);
        }

        @Override
        public List<String> fetch(Branch branch, long offset, int limit) {
            calls.add("fetch " + key(branch) + " " + offset + "+" + limit);
            String k = key(branch);
            return IntStream.range((int) offset, (int) offset + limit).mapToObj(i -> branch.match() + " " + k + " #" + i)
                    .toList();
        }

        @Override
        public List<String> similarLastNames(String word, int max) {
            calls.add("similar " + word);
            return similar.getOrDefault(word, List.of());
        }
    }

    private static final String EXACT_LAST = "p.last_norm = :p0";
    private static final String EXACT_FIRST = "p.first_norm = :p0";
    private static final String PREFIX_LAST = "(p.last_norm >=";
    private static final String PREFIX_FIRST = "(p.first_norm >=";
    private static final String FUZZY_DUPONT = "p.last_norm = :p2";

    private static SearchPager.Result<String> page(FakeRunner db, String q, int page, int size) {
        SearchQuery query = SearchQuery.parse(q, null, page, size);
        return SearchPager.page(SearchPlan.of(query), query.page().offset(), size, 1000, db);
    }

    @Test
    void page_shouldServeExactBeforePrefixAcrossBranchBoundaries() {
        FakeRunner db = new FakeRunner().rows(EXACT_LAST, 3).rows(EXACT_FIRST, 2).rows(PREFIX_LAST, 10).rows(PREFIX_FIRST, 10);
        SearchPager.Result<String> r = page(db, "dupont", 0, 4);
        assertThat(r.items()).containsExactly("EXACT p.last_norm = :p0 #0", "EXACT p.last_norm = :p0 #1",
                "EXACT p.last_norm = :p0 #2", "EXACT p.first_norm = :p0 #0");
        assertThat(r.total()).isEqualTo(25);
    }

    @Test
    void page_shouldStartALaterPageInsideTheRightBranch() {
        FakeRunner db = new FakeRunner().rows(EXACT_LAST, 3).rows(EXACT_FIRST, 2).rows(PREFIX_LAST, 10).rows(PREFIX_FIRST, 10);
        SearchPager.Result<String> r = page(db, "dupont", 1, 4);
        assertThat(r.items()).containsExactly("EXACT p.first_norm = :p0 #1", "PREFIX (p.last_norm >= #0",
                "PREFIX (p.last_norm >= #1", "PREFIX (p.last_norm >= #2");
        assertThat(db.calls).contains("fetch p.first_norm = :p0 1+1", "fetch (p.last_norm >= 0+3")
                .noneMatch(c -> c.startsWith("fetch p.last_norm = :p0"));
    }

    @Test
    void page_shouldNotLookForTyposWhenSharpMatchesFillAPage() {
        FakeRunner db = new FakeRunner().rows(PREFIX_LAST, 20);
        db.similar.put("dupond", List.of("dupont"));
        SearchPager.Result<String> r = page(db, "dupond", 1, 20);
        assertThat(r.total()).isEqualTo(20);
        assertThat(r.items()).isEmpty();
        assertThat(db.calls).noneMatch(c -> c.startsWith("similar"));
    }

    @Test
    void page_shouldAddTyposWhenSharpMatchesAreFewerThanAPage_onEveryPageAlike() {
        FakeRunner db = new FakeRunner().rows(PREFIX_LAST, 2).rows(FUZZY_DUPONT, 30);
        db.similar.put("dupond", List.of("dupont"));
        SearchPager.Result<String> first = page(db, "dupond", 0, 20);
        assertThat(first.total()).isEqualTo(32);
        assertThat(first.items()).hasSize(20).startsWith("PREFIX (p.last_norm >= #0", "PREFIX (p.last_norm >= #1",
                "FUZZY p.last_norm = :p2 #0");
        SearchPager.Result<String> second = page(db, "dupond", 1, 20);
        assertThat(second.total()).isEqualTo(32);
        assertThat(second.items()).hasSize(12).first().isEqualTo("FUZZY p.last_norm = :p2 #18");
    }

    @Test
    void page_shouldCountNoFurtherThanTheLimitAndServeNothingBeyondIt() {
        FakeRunner db = new FakeRunner().rows(EXACT_LAST, 990).rows(EXACT_FIRST, 500).rows(PREFIX_LAST, 500);
        SearchPager.Result<String> r = page(db, "martin", 49, 20);
        assertThat(r.total()).isEqualTo(1000);
        assertThat(db.calls).contains("count p.last_norm = :p0 cap 1000", "count p.first_norm = :p0 cap 10")
                .noneMatch(c -> c.startsWith("count (p.last_norm"));
        assertThat(r.items()).hasSize(20).last().isEqualTo("EXACT p.first_norm = :p0 #9");
        SearchPager.Result<String> beyond = page(db, "martin", 50, 20);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(1000);
    }

    @Test
    void page_shouldFetchNothingFromEmptyBranches() {
        FakeRunner db = new FakeRunner().rows(PREFIX_FIRST, 5);
        SearchPager.Result<String> r = page(db, "zo", 0, 20);
        assertThat(r.items()).hasSize(5).allMatch(s -> s.startsWith("PREFIX (p.first_norm"));
        assertThat(db.calls).filteredOn(c -> c.startsWith("fetch")).hasSize(1);
        assertThat(db.calls).as("no fuzzy look-up for 2-letter words").noneMatch(c -> c.startsWith("similar"));
    }
}
