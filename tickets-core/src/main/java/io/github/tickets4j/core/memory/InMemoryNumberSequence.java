package io.github.tickets4j.core.memory;

import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.ticket.TenantId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A thread-safe number sequence in memory, one series per tenant: 1, 2, 3… with no gaps while every value drawn is
 * used. A value drawn
 * by a use case that then fails is not given back (like a database sequence), so a failed creation leaves a gap.
 */
public final class InMemoryNumberSequence implements NumberSequence {
    private final Map<TenantId, AtomicLong> last = new ConcurrentHashMap<>();
    private final long start;

    /** Creates a sequence whose first value is 1 in every tenant. */
    public InMemoryNumberSequence() {
        this(0);
    }

    /**
     * Creates a sequence continuing after a value already issued, in every tenant.
     *
     * @param lastIssued the last value issued in each tenant, at least 0
     * @throws IllegalArgumentException if negative
     */
    public InMemoryNumberSequence(long lastIssued) {
        if (lastIssued < 0) {
            throw new IllegalArgumentException("lastIssued must be at least 0, was " + lastIssued);
        }
        this.start = lastIssued;
    }

    @Override
    public long next(TenantId tenant, long maximum) {
        AtomicLong series = last.computeIfAbsent(tenant, t -> new AtomicLong(start));
        while (true) {
            long current = series.get();
            if (current >= maximum) {
                throw new NumbersExhaustedException(maximum);
            }
            if (series.compareAndSet(current, current + 1)) {
                return current + 1;
            }
        }
    }
}
