package io.github.tickets4j.core.access;

/**
 * A ticket field the host keeps from customers and guests (seed 004's portal shows a customer less than staff
 * see). The desk blanks an internal field in every ticket, summary, dashboard and report it answers a customer or
 * guest, refuses their filters and sorts on it, and does not let them set it. Configured with
 * {@code TicketDeskBuilder.internalFields}; by default {@link #TEAM}, {@link #TAGS} and {@link #FOLLOW_UP_DATE}.
 */
public enum InternalField {
    /** The ticket's priority. */
    PRIORITY,
    /** The ticket's category. */
    CATEGORY,
    /** Who holds the ticket. */
    ASSIGNEE,
    /** The team the ticket belongs to. */
    TEAM,
    /** The ticket's tags. */
    TAGS,
    /** The ticket's deadline. */
    DUE_DATE,
    /** Staff's next follow-up date (seed 000). */
    FOLLOW_UP_DATE
}
