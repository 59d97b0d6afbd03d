package io.github.tickets4j.core.ticket;

import java.util.Objects;

/**
 * What a decision of the {@link Ticket} aggregate produced: the ticket as it is now, and the event saying what
 * happened. The ticket's timeline already holds the event's entry.
 *
 * @param ticket the changed ticket, never null
 * @param event the event, never null
 */
public record Change(Ticket ticket, TicketEvent event) {
    /** Checks both parts are present. */
    public Change {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(event, "event");
    }
}
