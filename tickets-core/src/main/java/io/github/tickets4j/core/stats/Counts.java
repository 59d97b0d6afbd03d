package io.github.tickets4j.core.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many tickets have each value of one attribute, and how many have none: priorities, categories, tags or
 * assignees in a {@link Volume}.
 *
 * @param byValue the count of each value that has tickets, in the attribute's order (workflow order for
 *     priorities, else alphabetical); never null
 * @param withoutValue how many tickets have no value (no priority, no category, no tag, nobody assigned), at
 *     least 0
 * @param <K> the type of the values
 */
public record Counts<K>(Map<K, Long> byValue, long withoutValue) {
    /**
     * Copies the counts, keeping their order.
     *
     * @param byValue the count of each value that has tickets, in the attribute's order (workflow order for priorities,
     *     else alphabetical); never null
     * @param withoutValue how many tickets have no value (no priority, no category, no tag, nobody assigned), at least
     *     0
     * @throws NullPointerException if the map or one of its keys or counts is null
     * @throws IllegalArgumentException if a count is negative
     */
    public Counts {
        byValue = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(byValue, "byValue")));
        byValue.forEach((value, count) -> {
            Objects.requireNonNull(value, "value");
            if (count < 0) {
                throw new IllegalArgumentException("count of " + value + " is negative: " + count);
            }
        });
        if (withoutValue < 0) {
            throw new IllegalArgumentException("withoutValue is negative: " + withoutValue);
        }
    }

    /**
     * The count of one value.
     *
     * @param value the value, never null
     * @return how many tickets have it, 0 for a value without tickets
     */
    public long of(K value) {
        return byValue.getOrDefault(value, 0L);
    }
}
