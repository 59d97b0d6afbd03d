package io.github.tickets4j.testkit;

import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.spi.TicketStorage;

/** The core's in-memory storage keeps the store contract. */
class InMemoryTicketStoreContractTest extends TicketStoreContract {
    @Override
    protected TicketStorage newStorage() {
        return new InMemoryStorage();
    }
}
