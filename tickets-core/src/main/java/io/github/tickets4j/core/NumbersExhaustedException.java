package io.github.tickets4j.core;

/** Thrown when the ticket number format has no digits left for another ticket; no ticket was created. */
public class NumbersExhaustedException extends TicketsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param maximum the largest number the format can hold
     */
    public NumbersExhaustedException(long maximum) {
        super("Ticket numbers are exhausted: the format holds at most " + maximum
                + "; widen the number format to issue more");
    }
}
