package org.hygie.core.paging;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the items of this page
 * @param total how many items match in all pages
 * @param page the page number, from 0
 * @param size the page size asked for
 */
public record Page<T>(List<T> items, long total, int page, int size) {
    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
