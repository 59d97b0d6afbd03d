package io.github.tickets4j.core.query;

import io.github.tickets4j.core.ValidationFailedException;

/**
 * Which slice of a list to return.
 *
 * @param page zero-based page index, at least 0
 * @param size items per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {
    /** The largest page size. */
    public static final int MAX_SIZE = 1000;

    /**
     * Checks the bounds.
     *
     * @param page zero-based page index, at least 0
     * @param size items per page, 1 to {@value #MAX_SIZE}
     * @throws ValidationFailedException naming {@code page} or {@code size} when out of range
     */
    public PageRequest {
        if (page < 0) {
            throw ValidationFailedException.of("page", "must be at least 0, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ValidationFailedException.of("size", "must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    /**
     * The first page.
     *
     * @param size items per page
     * @return the request, never null
     */
    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** @return how many items come before this page */
    public long offset() {
        return (long) page * size;
    }
}
