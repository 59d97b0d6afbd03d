package io.github.tickets4j.core.query;

import io.github.tickets4j.core.ValidationFailedException;
import java.util.Arrays;

/**
 * A sort order for ticket lists.
 *
 * @param field what to sort by, never null
 * @param ascending true for ascending, false for descending
 */
public record Sort(SortField field, boolean ascending) {
    /** Newest first: the default for lists. */
    public static final Sort NEWEST_FIRST = new Sort(SortField.CREATED_AT, false);

    /**
     * Checks the field is present.
     *
     * @param field what to sort by, never null
     * @param ascending true for ascending, false for descending
     * @throws ValidationFailedException naming {@code field} if it is null
     */
    public Sort {
        if (field == null) {
            throw ValidationFailedException.of("field", "must not be null; one of "
                    + Arrays.toString(SortField.values()));
        }
    }

    /**
     * Ascending by a field.
     *
     * @param field the field, never null
     * @return the order, never null
     * @throws ValidationFailedException naming {@code field} if it is null
     */
    public static Sort ascending(SortField field) {
        return new Sort(field, true);
    }

    /**
     * Descending by a field.
     *
     * @param field the field, never null
     * @return the order, never null
     * @throws ValidationFailedException naming {@code field} if it is null
     */
    public static Sort descending(SortField field) {
        return new Sort(field, false);
    }
}
