package io.github.tickets4j.core.workflow;

/**
 * The fixed set of meanings a status can have. Workflows name their statuses freely; the core reasons about
 * categories: {@link #CLOSED} stamps closed at/by, {@link #RESOLVED} stamps resolved at, and a ticket in
 * {@link #CLOSED} is never overdue and takes no change except from a role allowed to modify closed tickets.
 * Declared in lifecycle order.
 */
public enum StatusCategory {
    /** Arrived, not yet triaged or linked (Unassigned, New). */
    NEW,
    /** Accepted, waiting for work to start (Open, Scheduled, Reopened). */
    OPEN,
    /** Being worked on (In progress). */
    ACTIVE,
    /** Paused on someone outside the team (Waiting on customer, Waiting on third party). */
    WAITING,
    /** Fixed, waiting for confirmation (Resolved). */
    RESOLVED,
    /** Finished; no more work (Closed). */
    CLOSED;

    /**
     * Tells whether tickets in this category are finished.
     *
     * @return true for {@link #CLOSED} only
     */
    public boolean isClosed() {
        return this == CLOSED;
    }
}
