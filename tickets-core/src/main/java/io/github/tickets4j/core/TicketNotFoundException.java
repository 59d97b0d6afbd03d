package io.github.tickets4j.core;

/** Thrown when a ticket named by number or id does not exist (or no longer exists). */
public class TicketNotFoundException extends TicketsException {
    private static final long serialVersionUID = 1L;
    /** @serial the ticket number or id that was looked up */
    private final String ticket;

    /**
     * Creates the exception.
     *
     * @param ticket the ticket number or id that was looked up, never null
     */
    public TicketNotFoundException(String ticket) {
        super("Ticket " + ticket + " does not exist");
        this.ticket = ticket;
    }

    /**
     * Returns the number or id that was looked up.
     *
     * @return the ticket reference, never null
     */
    public String ticket() {
        return ticket;
    }
}
