package io.github.tickets4j.core.query;

import io.github.tickets4j.core.ticket.TimelineEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a ticket's history, newest first.
 *
 * @param entries the entries, newest first; never null
 * @param next the query for the following (older) page, empty when this is the last; never null
 */
public record HistoryPage(List<TimelineEntry> entries, Optional<HistoryQuery> next) {
    /**
     * Copies the entries.
     *
     * @param entries the entries, newest first; never null
     * @param next the query for the following (older) page, empty when this is the last; never null
     * @throws NullPointerException if a part is null
     */
    public HistoryPage {
        entries = List.copyOf(entries);
        Objects.requireNonNull(next, "next");
    }
}
