package io.github.tickets4j.core;

/**
 * Thrown when a ticket changed between being read and being written (optimistic locking). The caller may
 * reload and retry; the stale write was not applied.
 */
public class ConcurrentTicketModificationException extends TicketsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param ticket the ticket number, never null
     * @param expectedVersion the version the writer had read
     */
    public ConcurrentTicketModificationException(String ticket, long expectedVersion) {
        super("Ticket " + ticket + " was changed by someone else since version " + expectedVersion + " was read");
    }

    /**
     * Creates the exception from an adapter's own optimistic-lock failure.
     *
     * @param ticket the ticket number, never null
     * @param cause the adapter's exception, may be null
     */
    public ConcurrentTicketModificationException(String ticket, Throwable cause) {
        super("Ticket " + ticket + " was changed by someone else since it was read", cause);
    }
}
