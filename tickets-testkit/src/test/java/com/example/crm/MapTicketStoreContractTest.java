package com.example.crm;

import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.testkit.TicketStoreContract;

/** The guide's example: a host's store proves itself with the store contract, from outside the testkit's package. */
class MapTicketStoreContractTest extends TicketStoreContract {

    @Override
    protected TicketStorage newStorage() {
        return new MapTicketStorage();
    }
}
