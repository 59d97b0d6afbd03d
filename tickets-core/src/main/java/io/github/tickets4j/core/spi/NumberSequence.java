package io.github.tickets4j.core.spi;

/**
 * Issues ticket sequence values. Values are unique, increasing in issue order and never issued twice, also under
 * parallel calls from several threads or processes. A sequence may leave gaps (after a rollback, say) or promise
 * none; it must say which.
 */
public interface NumberSequence {

    /**
     * Issues the next value.
     *
     * @param maximum the largest value the number format can show
     * @return the value, between 1 and {@code maximum}
     * @throws io.github.tickets4j.core.NumbersExhaustedException if the next value would exceed {@code maximum};
     *     the sequence is then left as it was
     */
    long next(long maximum);
}
