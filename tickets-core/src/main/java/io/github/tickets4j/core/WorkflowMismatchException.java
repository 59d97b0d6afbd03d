package io.github.tickets4j.core;

/**
 * Thrown when a stored ticket does not fit the workflows the desk was given: it records a workflow (or version) the
 * desk does not know, or a status its workflow does not have. Nothing was changed. The fix is configuration: give
 * the desk every workflow version its tickets were created under.
 */
public class WorkflowMismatchException extends TicketsException {
    private static final long serialVersionUID = 1L;
    /** @serial the ticket number */
    private final String ticket;

    /**
     * Creates the exception.
     *
     * @param ticket the ticket's number, never null
     * @param message what does not fit and what to do, never null
     */
    public WorkflowMismatchException(String ticket, String message) {
        super("Ticket " + ticket + ": " + message);
        this.ticket = ticket;
    }

    /** @return the ticket's number, never null */
    public String ticket() {
        return ticket;
    }
}
