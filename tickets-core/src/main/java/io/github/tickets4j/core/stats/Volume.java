package io.github.tickets4j.core.stats;

import io.github.tickets4j.core.ticket.UserId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The tickets created in a report's period, counted by status, priority, category, tag and assignee (seeds 001,
 * 002 and 004). Only values that have tickets are listed; tickets without a value are counted apart.
 *
 * @param byStatus the count of each status that has tickets, in the desk's workflow order; never null
 * @param priorities counts per priority, in workflow order, and of tickets without one; never null
 * @param categories counts per category (type), alphabetical, and of tickets without one; never null
 * @param tags counts per tag, alphabetical (a ticket counts once under each of its tags), and of untagged
 *     tickets; never null
 * @param assignees counts per assignee, alphabetical, and of unassigned tickets; never null
 */
public record Volume(Map<String, Long> byStatus, Counts<String> priorities, Counts<String> categories,
        Counts<String> tags, Counts<UserId> assignees) {

    /**
     * Copies the status counts, keeping their order.
     *
     * @param byStatus the count of each status that has tickets, in the desk's workflow order; never null
     * @param priorities counts per priority, in workflow order, and of tickets without one; never null
     * @param categories counts per category (type), alphabetical, and of tickets without one; never null
     * @param tags counts per tag, alphabetical (a ticket counts once under each of its tags), and of untagged tickets;
     *     never null
     * @param assignees counts per assignee, alphabetical, and of unassigned tickets; never null
     * @throws NullPointerException if a part is null
     */
    public Volume {
        byStatus = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(byStatus, "byStatus")));
        Objects.requireNonNull(priorities, "priorities");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(assignees, "assignees");
    }

    /** @return how many tickets were created in the period: the sum of the status counts */
    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
