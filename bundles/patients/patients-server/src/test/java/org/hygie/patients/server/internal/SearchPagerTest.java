package org.hygie.patients.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.hygie.patients.server.internal.NameAlternatives.NameWord;
import org.hygie.patients.server.internal.SearchPlan.Branch;
import org.junit.jupiter.api.Test;

class SearchPagerTest {
    /**
     * A database where each branch, recognised by its rank in the plan of a one-word query (or, for
     * a typo, by the close name it looks up), holds a number of rows named after it; it records
     * what the pager asked.
     */
    static final class FakeRunner implements SearchPager.Runner<String> {
        /** The sharp branches of a one-word query, in the plan's order. */
        static final List<String> SHARP = List.of(EXACT_LAST, EXACT_FIRST, PREFIX_LAST, PREFIX_FIRST);
        final Map<String, Integer> rowsByPrefix = new HashMap<>();
        final Map<String, List<String>> similar = new HashMap<>();
        final List<String> calls = new ArrayList<>();
        List<Branch> sharp = List.of();

        FakeRunner rows(String branch, int n) {
            rowsByPrefix.put(branch, n);
            return this;
        }

        private String key(Branch b) {
            int rank = sharp.indexOf(b);
            if (rank >= 0) {
                return SHARP.get(rank);
            }
            return similar.values().stream().flatMap(List::stream).filter(b.params()::containsValue).findFirst()
                    .map(name -> (b.where().startsWith("p.first_norm") ? "fuzzy-first-" : "fuzzy-") + name).orElse("?");
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
        public List<NameWord> nameWords(Set<String> keys, List<String> twoEditWords) {
            calls.add("similar " + keys.iterator().next());
            return similar.entrySet().stream().filter(e -> keys.contains(e.getKey()))
                    .flatMap(e -> e.getValue().stream()).map(n -> new NameWord(n, n)).toList();
        }
    }

    private static final String EXACT_LAST = "exact-last";
    private static final String EXACT_FIRST = "exact-first";
    private static final String PREFIX_LAST = "prefix-last";
    private static final String PREFIX_FIRST = "prefix-first";
    private static final String FUZZY_DUPONT = "fuzzy-dupont";

    private static SearchPager.Result<String> page(FakeRunner db, String q, int page, int size) {
        SearchQuery query = SearchQuery.parse(q, null, page, size);
        SearchPlan plan = SearchPlan.of(query);
        db.sharp = plan.sharp();
        return SearchPager.page(plan, query.page().offset(), size, 1000, db);
    }

    @Test
    void page_shouldServeExactBeforePrefixAcrossBranchBoundaries() {
        FakeRunner db = new FakeRunner().rows(EXACT_LAST, 3).rows(EXACT_FIRST, 2).rows(PREFIX_LAST, 10).rows(PREFIX_FIRST, 10);
        SearchPager.Result<String> r = page(db, "dupont", 0, 4);
        assertThat(r.items()).containsExactly("EXACT exact-last #0", "EXACT exact-last #1",
                "EXACT exact-last #2", "EXACT exact-first #0");
        assertThat(r.total()).isEqualTo(25);
    }

    @Test
    void page_shouldStartALaterPageInsideTheRightBranch() {
        FakeRunner db = new FakeRunner().rows(EXACT_LAST, 3).rows(EXACT_FIRST, 2).rows(PREFIX_LAST, 10).rows(PREFIX_FIRST, 10);
        SearchPager.Result<String> r = page(db, "dupont", 1, 4);
        assertThat(r.items()).containsExactly("EXACT exact-first #1", "PREFIX prefix-last #0",
                "PREFIX prefix-last #1", "PREFIX prefix-last #2");
        assertThat(db.calls).contains("fetch exact-first 1+1", "fetch prefix-last 0+3")
                .noneMatch(c -> c.startsWith("fetch exact-last"));
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
        db.similar.put("dupnd", List.of("dupont"));
        SearchPager.Result<String> first = page(db, "dupond", 0, 20);
        assertThat(first.total()).isEqualTo(32);
        assertThat(first.items()).hasSize(20).startsWith("PREFIX prefix-last #0", "PREFIX prefix-last #1",
                "FUZZY fuzzy-dupont #0");
        SearchPager.Result<String> second = page(db, "dupond", 1, 20);
        assertThat(second.total()).isEqualTo(32);
        assertThat(second.items()).hasSize(12).first().isEqualTo("FUZZY fuzzy-dupont #18");
    }

    @Test
    void page_shouldCountNoFurtherThanTheLimitAndServeNothingBeyondIt() {
        FakeRunner db = new FakeRunner().rows(EXACT_LAST, 990).rows(EXACT_FIRST, 500).rows(PREFIX_LAST, 500);
        SearchPager.Result<String> r = page(db, "martin", 49, 20);
        assertThat(r.total()).isEqualTo(1000);
        assertThat(db.calls).contains("count exact-last cap 1000", "count exact-first cap 10")
                .noneMatch(c -> c.startsWith("count prefix-last"));
        assertThat(r.items()).hasSize(20).last().isEqualTo("EXACT exact-first #9");
        SearchPager.Result<String> beyond = page(db, "martin", 50, 20);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(1000);
    }

    @Test
    void page_shouldFetchNothingFromEmptyBranches() {
        FakeRunner db = new FakeRunner().rows(PREFIX_FIRST, 5);
        SearchPager.Result<String> r = page(db, "zo", 0, 20);
        assertThat(r.items()).hasSize(5).allMatch(s -> s.startsWith("PREFIX prefix-first"));
        assertThat(db.calls).filteredOn(c -> c.startsWith("fetch")).hasSize(1);
        assertThat(db.calls).as("no fuzzy look-up for 2-letter words").noneMatch(c -> c.startsWith("similar"));
    }
}
