package io.github.tickets4j.testkit;

import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.spi.TicketStorage;

/** The core's in-memory storage numbers tickets as the sequence contract demands. */
class InMemoryNumberSequenceContractTest extends NumberSequenceContract {
    @Override
    protected TicketStorage newStorage(long lastIssued) {
        return new InMemoryStorage(lastIssued);
    }
}
