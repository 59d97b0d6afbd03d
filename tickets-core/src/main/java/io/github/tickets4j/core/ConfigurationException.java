package io.github.tickets4j.core;

/**
 * Thrown by builders when a configuration cannot work (a workflow with an unreachable status, a desk without a
 * store). Fails fast at build time, with a message saying what is wrong and how to fix it.
 */
public class ConfigurationException extends TicketsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, never null
     */
    public ConfigurationException(String message) {
        super(message);
    }
}
