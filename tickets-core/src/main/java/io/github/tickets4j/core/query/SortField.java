package io.github.tickets4j.core.query;

/** What a ticket list can be sorted by. Ties are always broken by ticket number, ascending. */
public enum SortField {
    /** Creation instant. */
    CREATED_AT,
    /** Ticket number (issue order). */
    NUMBER,
    /** Status, in the workflow's declaration order. */
    STATUS,
    /** Priority, in the workflow's rank order; tickets without priority rank lowest. */
    PRIORITY,
    /** The instant anything last happened to the ticket. */
    LAST_ACTIVITY
}
