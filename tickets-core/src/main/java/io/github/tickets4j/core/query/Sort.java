package io.github.tickets4j.core.query;

import java.util.Objects;

/**
 * A sort order for ticket lists.
 *
 * @param field what to sort by, never null
 * @param ascending true for ascending, false for descending
 */
public record Sort(SortField field, boolean ascending) {
    /** Newest first: the default for lists. */
    public static final Sort NEWEST_FIRST = new Sort(SortField.CREATED_AT, false);

    /** Checks the field is present. */
    public Sort {
        Objects.requireNonNull(field, "field");
    }

    /**
     * Ascending by a field.
     *
     * @param field the field, never null
     * @return the order, never null
     */
    public static Sort ascending(SortField field) {
        return new Sort(field, true);
    }

    /**
     * Descending by a field.
     *
     * @param field the field, never null
     * @return the order, never null
     */
    public static Sort descending(SortField field) {
        return new Sort(field, false);
    }
}
