package io.github.tickets4j.core.memory;

import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.spi.NumberSequence;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A thread-safe number sequence in memory: 1, 2, 3… with no gaps while every value drawn is used. A value drawn
 * by a use case that then fails is not given back (like a database sequence), so a failed creation leaves a gap.
 */
public final class InMemoryNumberSequence implements NumberSequence {
    private final AtomicLong last;

    /** Creates a sequence whose first value is 1. */
    public InMemoryNumberSequence() {
        this(0);
    }

    /**
     * Creates a sequence continuing after a value already issued.
     *
     * @param lastIssued the last value issued, at least 0
     * @throws IllegalArgumentException if negative
     */
    public InMemoryNumberSequence(long lastIssued) {
        if (lastIssued < 0) {
            throw new IllegalArgumentException("lastIssued must be at least 0, was " + lastIssued);
        }
        this.last = new AtomicLong(lastIssued);
    }

    @Override
    public long next(long maximum) {
        while (true) {
            long current = last.get();
            if (current >= maximum) {
                throw new NumbersExhaustedException(maximum);
            }
            if (last.compareAndSet(current, current + 1)) {
                return current + 1;
            }
        }
    }
}
