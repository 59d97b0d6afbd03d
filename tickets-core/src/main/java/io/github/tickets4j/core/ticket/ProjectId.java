package io.github.tickets4j.core.ticket;

import io.github.tickets4j.core.Identifiers;

/**
 * A project of the host CRM; tickets are usually created from one. Opaque to Tickets4j: the host decides what the
 * value means.
 *
 * @param value 1 to 100 letters, digits or {@code . _ @ : + -}, starting with a letter or digit; never null
 */
public record ProjectId(String value) {
    /**
     * Checks the value.
     *
     * @param value 1 to 100 letters, digits or {@code . _ @ : + -}, starting with a letter or digit; never null
     * @throws io.github.tickets4j.core.ValidationFailedException if the value is null or breaks the id rule
     */
    public ProjectId {
        Identifiers.id("projectId", value);
    }

    /**
     * Creates the id.
     *
     * @param value the host's id, never null
     * @return the id, never null
     * @throws io.github.tickets4j.core.ValidationFailedException if the value breaks the id rule
     */
    public static ProjectId of(String value) {
        return new ProjectId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
