package io.github.tickets4j.core;

/**
 * Thrown when a command is well-formed and permitted but the ticket's current state rules it out
 * (for example unassigning a ticket nobody holds). Nothing was changed.
 */
public class RuleViolationException extends TicketsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the rule and the ticket it was broken on, never null
     */
    public RuleViolationException(String message) {
        super(message);
    }
}
