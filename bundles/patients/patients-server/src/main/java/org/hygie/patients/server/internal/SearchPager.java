package org.hygie.patients.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hygie.patients.server.internal.NameAlternatives.NameWord;
import org.hygie.patients.server.internal.SearchPlan.Branch;

/**
 * Serves one page out of a {@link SearchPlan} without counting or sorting more than needed: each
 * branch is counted up to what is left of the search limit (a LIMITed index walk), and rows are
 * fetched only from the branches that overlap the page. Approximate branches (parts of compound
 * names, typos) are looked for only when the exact and prefix branches hold fewer matches than a
 * page, with one look-up of the name-word dictionary for all the words; the decision depends
 * on those totals, not on the page number, so {@code total} is the same on every page.
 */
final class SearchPager {
    /** What runs a search against the database. */
    interface Runner<T> {
        /** @return how many rows the branch has, counting no further than {@code cap} */
        long count(Branch branch, int cap);

        /** @return rows {@code offset} to {@code offset + limit} of the branch, in its order */
        List<T> fetch(Branch branch, long offset, int limit);

        /**
         * @return the rows of the name-word dictionary whose word has one of the deletion
         *         {@code keys} among its own forms ({@code patients_name_variant}), or is
         *         trigram-similar to one of the {@code twoEditWords}; candidates only
         */
        List<NameWord> nameWords(Set<String> keys, List<String> twoEditWords);
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
        Set<String> keys = plan.lookupKeys();
        if (pager.total < size && !keys.isEmpty()) {
            List<NameWord> candidates = runner.nameWords(keys, plan.twoEditWords());
            for (Branch branch : plan.approximate(NameAlternatives.of(plan.words(), candidates))) {
                if (!pager.take(branch, runner)) {
                    break;
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
