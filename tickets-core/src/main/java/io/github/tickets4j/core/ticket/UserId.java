package io.github.tickets4j.core.ticket;

import io.github.tickets4j.core.Identifiers;

/**
 * A user of the host CRM (an agent, a coordinator, an administrator). Opaque to Tickets4j: the host decides what the
 * value means.
 *
 * @param value 1 to 100 letters, digits or {@code . _ @ : + -}, starting with a letter or digit; never null
 */
public record UserId(String value) {
    /**
     * Checks the value.
     *
     * @param value 1 to 100 letters, digits or {@code . _ @ : + -}, starting with a letter or digit; never null
     * @throws io.github.tickets4j.core.ValidationFailedException if the value is null or breaks the id rule
     */
    public UserId {
        Identifiers.id("userId", value);
    }

    /**
     * Creates the id.
     *
     * @param value the host's id, never null
     * @return the id, never null
     * @throws io.github.tickets4j.core.ValidationFailedException if the value breaks the id rule
     */
    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
