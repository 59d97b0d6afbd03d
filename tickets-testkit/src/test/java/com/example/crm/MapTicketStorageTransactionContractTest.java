package com.example.crm;

import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.testkit.TransactionContract;

/** The guide's example storage undoes a failed use case, as the transaction contract demands. */
class MapTicketStorageTransactionContractTest extends TransactionContract {

    @Override
    protected TicketStorage newStorage() {
        return new MapTicketStorage();
    }
}
