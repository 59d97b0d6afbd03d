package io.github.tickets4j.core.query;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Audience;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which entries of one ticket's history to read, newest first: those with the given actions (all when empty) and
 * visibilities, older than a sequence (the cursor of the previous page), at most {@code limit} of them.
 *
 * @param actions the actions wanted, empty for all; never null
 * @param visibilities the visibilities wanted, never null or empty
 * @param before only entries with a smaller sequence; empty for the newest
 * @param limit the most entries to return, 1 to {@value #MAX_LIMIT}
 */
public record HistoryQuery(Set<TimelineAction> actions, Set<Audience> visibilities, Optional<Long> before,
        int limit) {
    /** The largest page of history one call reads. */
    public static final int MAX_LIMIT = 500;

    /**
     * Checks the parts.
     *
     * @param actions the actions wanted, empty for all; never null
     * @param visibilities the visibilities wanted, never null or empty
     * @param before only entries with a smaller sequence; empty for the newest
     * @param limit the most entries to return, 1 to {@value #MAX_LIMIT}
     * @throws ValidationFailedException naming the field if a set is null, holds null, visibilities is empty,
     *     {@code before} is negative or {@code limit} is out of range
     */
    public HistoryQuery {
        // Not contains(null): the immutable sets of Set.of throw on it instead of answering.
        if (actions == null || actions.stream().anyMatch(Objects::isNull)) {
            throw ValidationFailedException.of("actions", "must not be null or hold null");
        }
        if (visibilities == null || visibilities.isEmpty() || visibilities.stream().anyMatch(Objects::isNull)) {
            throw ValidationFailedException.of("visibilities", "must name at least one visibility");
        }
        if (before == null) {
            throw ValidationFailedException.of("before", "must not be null; use Optional.empty() for the newest");
        }
        if (before.isPresent() && before.get() < 0) {
            throw ValidationFailedException.of("before", "must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationFailedException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
        visibilities = Collections.unmodifiableSet(EnumSet.copyOf(visibilities));
    }

    /**
     * The newest entries of every kind, internal ones included.
     *
     * @param limit the most entries to return, 1 to {@value #MAX_LIMIT}
     * @return the query, never null
     * @throws ValidationFailedException naming {@code limit} if it is out of range
     */
    public static HistoryQuery newest(int limit) {
        return new HistoryQuery(Set.of(), EnumSet.allOf(Audience.class), Optional.empty(), limit);
    }

    /**
     * The same query restricted to some actions.
     *
     * @param wanted the actions, none for all
     * @return the query, never null
     * @throws ValidationFailedException naming {@code actions} if the array is null or holds null
     */
    public HistoryQuery only(TimelineAction... wanted) {
        if (wanted == null) {
            throw ValidationFailedException.of("actions", "must not be null");
        }
        return new HistoryQuery(new HashSet<>(Arrays.asList(wanted)), visibilities, before, limit);
    }

    /**
     * The same query restricted to entries a customer may read.
     *
     * @return the query, never null
     */
    public HistoryQuery publicOnly() {
        return new HistoryQuery(actions, Set.of(Audience.PUBLIC), before, limit);
    }

    /**
     * The same query continued below a sequence: the next page after one whose last entry had that sequence.
     *
     * @param sequence the last sequence read
     * @return the query, never null
     */
    public HistoryQuery before(long sequence) {
        return new HistoryQuery(actions, visibilities, Optional.of(sequence), limit);
    }

    /**
     * The same query with another page size.
     *
     * @param value the most entries to return, 1 to {@value #MAX_LIMIT}
     * @return the query, never null
     */
    public HistoryQuery limit(int value) {
        return new HistoryQuery(actions, visibilities, before, value);
    }

    /**
     * The meaning every store must match: whether an entry belongs to the slice (apart from the limit).
     *
     * @param entry the entry, never null
     * @return true when it matches
     */
    public boolean test(TimelineEntry entry) {
        return (actions.isEmpty() || actions.contains(entry.action())) && visibilities.contains(entry.audience())
                && before.map(b -> entry.sequence() < b).orElse(true);
    }
}
