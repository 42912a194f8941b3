package org.hygie.core.paging;

import org.hygie.core.problem.Checks;

/**
 * A checked page request: page from 0, size from 1 to {@link #MAX_SIZE}; absent values take the
 * defaults so clients may omit them.
 */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /**
     * The index of the first item of the deepest page one may ask for: deeper, a list is no longer
     * read page by page but searched (and the offset of an unbounded page overflows).
     */
    public static final int MAX_OFFSET = 100_000;

    /**
     * @throws org.hygie.core.problem.HygieException (422) for a negative page, a size out of range,
     *         or a page starting beyond {@link #MAX_OFFSET}
     */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        new Checks()
                .require(p >= 0, "page", "out_of_range", "page must be 0 or more")
                .require(s >= 1 && s <= MAX_SIZE, "size", "out_of_range", "size must be between 1 and " + MAX_SIZE)
                .throwIfAny();
        new Checks().require((long) p * s <= MAX_OFFSET, "page", "out_of_range",
                "page must be at most " + MAX_OFFSET / s + " with pages of " + s).throwIfAny();
        return new PageRequest(p, s);
    }

    /** @return the index of the first item of this page. */
    public int offset() {
        return page * size;
    }
}
