package io.github.tickets4j.core;

/**
 * The root of every exception Tickets4j throws on purpose. Unchecked: hosts catch the subclass that names the
 * failure they can handle and let the rest travel.
 */
public class TicketsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, never null
     */
    public TicketsException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and its cause.
     *
     * @param message what went wrong, never null
     * @param cause the underlying failure, may be null
     */
    public TicketsException(String message, Throwable cause) {
        super(message, cause);
    }
}
