package io.github.tickets4j.testkit;

import io.github.tickets4j.core.memory.InMemoryTicketStore;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;

/** The core's in-memory store keeps the store contract. */
class InMemoryTicketStoreContractTest extends TicketStoreContract {
    @Override
    protected TicketStore newStore() {
        return new InMemoryTicketStore();
    }

    @Override
    protected Transactions transactions(TicketStore store) {
        return ((InMemoryTicketStore) store).transactions();
    }
}
