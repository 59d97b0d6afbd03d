package io.github.tickets4j.testkit;

import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.spi.TicketStorage;

/** The core's in-memory storage undoes failed use cases as the transaction contract demands. */
class InMemoryTransactionContractTest extends TransactionContract {
    @Override
    protected TicketStorage newStorage() {
        return new InMemoryStorage();
    }
}
