package io.github.tickets4j.core.spi;

import io.github.tickets4j.core.ticket.TenantId;

/**
 * Issues ticket sequence values, one series per tenant, each starting at 1. Within a tenant, values are unique,
 * increasing in issue order and never issued twice, also under parallel calls from several threads or processes; a
 * value drawn for one tenant says nothing about another's. A sequence may leave gaps (after a rollback, say) or promise
 * none; it must say which.
 */
public interface NumberSequence {

    /**
     * Issues the next value.
     *
     * @param tenant whose series to draw from, never null
     * @param maximum the largest value the number format can show
     * @return the value, between 1 and {@code maximum}
     * @throws io.github.tickets4j.core.NumbersExhaustedException if the next value would exceed {@code maximum};
     *     the tenant's series is then left as it was
     */
    long next(TenantId tenant, long maximum);
}
