package io.github.tickets4j.core.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The counts of a view's workflow stage bar (seed 003: New, Scheduled, In progress, Closed, Reopened, All): how many
 * of the view's tickets the caller may see are in each status. Immutable.
 *
 * @param view the view counted, never null
 * @param byStatus counts per status in the workflow's order, zeros included, then statuses no workflow of the desk
 *     declares; never null
 * @param all how many tickets the view holds, the sum of {@code byStatus}
 */
public record StageCounts(NamedView view, Map<String, Long> byStatus, long all) {
    /**
     * Copies the counts, keeping their order.
     *
     * @param view the view counted, never null
     * @param byStatus counts per status in order; never null
     * @param all how many tickets the view holds
     * @throws NullPointerException if the view or the counts are null
     * @throws IllegalArgumentException if {@code all} is not the sum of the counts
     */
    public StageCounts {
        Objects.requireNonNull(view, "view");
        byStatus = Collections.unmodifiableMap(new LinkedHashMap<>(byStatus));
        long sum = byStatus.values().stream().mapToLong(Long::longValue).sum();
        if (sum != all) {
            throw new IllegalArgumentException("all is " + all + " but the statuses count " + sum);
        }
    }

    /**
     * The count of one stage.
     *
     * @param status the status name, never null
     * @return the count, 0 for a status the view has no ticket in
     */
    public long count(String status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
