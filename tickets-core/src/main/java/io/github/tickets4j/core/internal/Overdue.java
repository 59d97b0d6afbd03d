package io.github.tickets4j.core.internal;

import io.github.tickets4j.core.ticket.TicketSummary;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The one definition of "overdue", for {@link TicketSummary#isOverdue} and for the criteria stores must agree
 * with, which carry today and now apart because a store compares dates and instants in separate columns.
 */
public final class Overdue {
    private Overdue() {
    }

    /**
     * Tells whether a ticket is overdue: not closed, and its follow-up date is before today or its due date has
     * passed.
     *
     * @param ticket the ticket, never null
     * @param today today in the viewer's zone, never null
     * @param now the current instant, never null
     * @return true when overdue
     */
    public static boolean test(TicketSummary ticket, LocalDate today, Instant now) {
        return !ticket.status().isClosed() && (ticket.followUpDate().map(d -> d.isBefore(today)).orElse(false)
                || ticket.dueAt().map(d -> d.isBefore(now)).orElse(false));
    }
}
