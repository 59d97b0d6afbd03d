package io.github.tickets4j.testkit;

import io.github.tickets4j.core.memory.InMemoryTicketStore;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;

/** The core's in-memory store's transactions keep the transaction contract. */
class InMemoryTransactionContractTest extends TransactionContract {
    @Override
    protected TicketStore newStore() {
        return new InMemoryTicketStore();
    }

    @Override
    protected Transactions transactions(TicketStore store) {
        return ((InMemoryTicketStore) store).transactions();
    }
}
