package io.github.tickets4j.testkit;

import io.github.tickets4j.core.memory.InMemoryNumberSequence;
import io.github.tickets4j.core.spi.NumberSequence;

/** The core's in-memory number sequence keeps the sequence contract. */
class InMemoryNumberSequenceContractTest extends NumberSequenceContract {
    @Override
    protected NumberSequence newSequence(long lastIssued) {
        return new InMemoryNumberSequence(lastIssued);
    }
}
