package io.github.tickets4j.core.ticket;

import java.util.List;
import java.util.Objects;

/**
 * What the desk decided a command does to a ticket, and what a store writes: the ticket's next state and the
 * event saying what happened. The store replaces the state if the stored version is still
 * {@link #expectedVersion()}, and appends {@link #entries()} to the ticket's history; it never reads the rest of
 * the history.
 *
 * @param ticket the ticket's next state, its version one above the state it was decided on; never null
 * @param event the event, never null
 */
public record Change(Ticket ticket, TicketEvent event) {
    /**
     * Checks both parts are present and agree.
     *
     * @param ticket the ticket's next state, its version one above the state it was decided on; never null
     * @param event the event, never null
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the event is of another ticket or another version
     */
    public Change {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(event, "event");
        if (!event.occurrence().ticketId().equals(ticket.id()) || event.occurrence().version() != ticket.version()) {
            throw new IllegalArgumentException("event of " + event.occurrence().number() + " v"
                    + event.occurrence().version() + " does not belong to " + ticket);
        }
    }

    /** @return the version the store must still hold for the change to apply; -1 for a new ticket */
    public long expectedVersion() {
        return ticket.version() - 1;
    }

    /** @return the history entries to append, oldest first; never null, never empty */
    public List<TimelineEntry> entries() {
        return List.of(event.timelineEntry());
    }
}
