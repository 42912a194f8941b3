package org.hygie.patients.server.internal;

import java.util.ArrayList;
import java.util.List;

import org.hygie.patients.server.internal.SearchPlan.Branch;
import org.hygie.patients.server.internal.SearchPlan.FuzzyWord;

/**
 * Serves one page out of a {@link SearchPlan} without counting or sorting more than needed: each
 * branch is counted up to what is left of the search limit (a LIMITed index walk), and rows are
 * fetched only from the branches that overlap the page. Typo-tolerant branches are looked for
 * only when the exact and prefix branches hold fewer matches than a page; the decision depends
 * on those totals, not on the page number, so {@code total} is the same on every page.
 */
final class SearchPager {
    /** What runs a search against the database. */
    interface Runner<T> {
        /** @return how many rows the branch has, counting no further than {@code cap} */
        long count(Branch branch, int cap);

        /** @return rows {@code offset} to {@code offset + limit} of the branch, in its order */
        List<T> fetch(Branch branch, long offset, int limit);

        /** @return at most {@code max} known last names close to the word, closest first */
        List<String> similarLastNames(String word, int max);
    }

    /**
     * @param items the page's rows
     * @param total the matches counted, at most the limit
     */
    record Result<T>(List<T> items, long total) {
    }

    private final long offset;
    private final long pageEnd;
    private final int limit;
    private final List<Object> items = new ArrayList<>();
    private long total;

    private SearchPager(long offset, int size, int limit) {
        this.offset = offset;
        this.pageEnd = Math.min(offset + size, limit);
        this.limit = limit;
    }

    /**
     * @param offset the index of the page's first row
     * @param size the page size
     * @param limit the most matches counted and served
     */
    @SuppressWarnings("unchecked")
    static <T> Result<T> page(SearchPlan plan, long offset, int size, int limit, Runner<T> runner) {
        SearchPager pager = new SearchPager(offset, size, limit);
        for (Branch branch : plan.sharp()) {
            if (!pager.take(branch, runner)) {
                break;
            }
        }
        if (pager.total < size) {
            fuzzy: for (FuzzyWord word : plan.fuzzyWords()) {
                for (String name : runner.similarLastNames(word.word(), SearchPlan.FUZZY_MAX_NAMES)) {
                    if (!pager.take(plan.fuzzy(word, name), runner)) {
                        break fuzzy;
                    }
                }
            }
        }
        return new Result<>((List<T>) List.copyOf(pager.items), pager.total);
    }

    /** @return false once the limit is reached: later branches are neither counted nor served */
    private <T> boolean take(Branch branch, Runner<T> runner) {
        long cap = limit - total;
        if (cap <= 0) {
            return false;
        }
        long n = runner.count(branch, (int) cap);
        long from = Math.max(offset, total);
        long to = Math.min(pageEnd, total + n);
        if (from < to) {
            items.addAll(runner.fetch(branch, from - total, (int) (to - from)));
        }
        total += n;
        return total < limit;
    }
}
