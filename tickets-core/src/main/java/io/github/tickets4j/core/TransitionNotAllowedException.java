package io.github.tickets4j.core;

/** Thrown when the workflow has no such transition from the ticket's status, or its rule refuses it. */
public class TransitionNotAllowedException extends TicketsException {
    private static final long serialVersionUID = 1L;
    /** @serial the status the ticket is in */
    private final String from;
    /** @serial the status asked for */
    private final String to;

    /**
     * Creates the exception.
     *
     * @param ticket the ticket number, never null
     * @param from the current status, never null
     * @param to the requested status or action, never null
     * @param reason why it is not allowed, never null
     */
    public TransitionNotAllowedException(String ticket, String from, String to, String reason) {
        super("Ticket " + ticket + " cannot go from " + from + " to " + to + ": " + reason);
        this.from = from;
        this.to = to;
    }

    /** @return the status the ticket is in, never null */
    public String from() {
        return from;
    }

    /** @return the status or action that was requested, never null */
    public String to() {
        return to;
    }
}
