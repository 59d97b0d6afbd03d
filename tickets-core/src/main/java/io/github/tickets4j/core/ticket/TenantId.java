package io.github.tickets4j.core.ticket;

import io.github.tickets4j.core.Identifiers;

/**
 * One of the host's tenants: a company it serves from one deployment. Every ticket belongs to exactly one tenant,
 * and nothing of one tenant (ticket, number, count, report, history, event) ever reaches another's actors. Each
 * tenant has its own number series, starting at 1. A host that serves a single company never names one: actors and
 * tickets are then in {@link #DEFAULT}.
 *
 * @param value 1 to 100 letters, digits or {@code . _ @ : + -}, starting with a letter or digit; never null
 */
public record TenantId(String value) {
    /** The tenant of hosts that serve a single company. */
    public static final TenantId DEFAULT = new TenantId("default");

    /**
     * Checks the value.
     *
     * @param value 1 to 100 letters, digits or {@code . _ @ : + -}, starting with a letter or digit; never null
     * @throws io.github.tickets4j.core.ValidationFailedException if the value is null or breaks the id rule
     */
    public TenantId {
        Identifiers.id("tenant", value);
    }

    /**
     * Creates the id.
     *
     * @param value the host's tenant id, never null
     * @return the id, never null
     * @throws io.github.tickets4j.core.ValidationFailedException if the value breaks the id rule
     */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
