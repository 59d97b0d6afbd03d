package io.github.tickets4j.core.query;

import java.util.List;
import java.util.Objects;

/**
 * One page of a list, with the total the whole list holds.
 *
 * @param items the page's items, never null
 * @param total how many items the whole list holds
 * @param request the page that was asked for, never null
 * @param <T> the item type
 */
public record Page<T>(List<T> items, long total, PageRequest request) {
    /**
     * Copies the items.
     *
     * @param items the page's items, never null
     * @param total how many items the whole list holds
     * @param request the page that was asked for, never null
     */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(request, "request");
    }

    /** @return how many pages the whole list fills */
    public long totalPages() {
        return (total + request.size() - 1) / request.size();
    }
}
