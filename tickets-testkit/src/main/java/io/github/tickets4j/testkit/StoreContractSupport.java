package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.testkit.fixtures.DeskFixture;
import io.github.tickets4j.testkit.fixtures.FixtureTicket;
import io.github.tickets4j.testkit.fixtures.TicketFixture;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the store contract's rule classes share: the storage under test, made before each test and released after
 * it, and helpers that run every store call inside the storage's transactions. Hosts extend
 * {@link TicketStoreContract}, never this.
 */
abstract class StoreContractSupport {
    /** Every listing of the contract: by number, so ties cannot hide a difference. */
    static final Sort BY_NUMBER = Sort.ascending(SortField.NUMBER);
    /** The largest page, to see every match. */
    static final PageRequest EVERYTHING = PageRequest.first(PageRequest.MAX_SIZE);
    /** The workflow of the contract's tickets. */
    static final Workflow WORKFLOW = SampleTickets.WORKFLOW;
    /** The tenant of the contract's tickets, unless a rule says otherwise. */
    static final TenantId TENANT = TenantId.DEFAULT;

    private TicketStorage storage;

    /**
     * Creates the storage under test; see {@link TicketStoreContract#newStorage()}.
     *
     * @return storage holding no tickets, never null
     */
    protected abstract TicketStorage newStorage();

    /**
     * Releases a storage after its test; see {@link TicketStoreContract#releaseStorage(TicketStorage)}.
     *
     * @param used the storage the test used, never null
     */
    protected void releaseStorage(TicketStorage used) {
    }

    @BeforeEach
    final void createStorage() {
        storage = Objects.requireNonNull(newStorage(), "newStorage() returned null");
        assertEquals(0, tx(() -> store().count(SampleTickets.criteria(TicketQuery.all(), DeskFixture.START))),
                "newStorage() must return storage holding no tickets: delete the previous test's rows there");
    }

    @AfterEach
    final void dropStorage() {
        if (storage != null) {
            releaseStorage(storage);
        }
    }

    /** @return the storage under test */
    final TicketStorage storage() {
        return storage;
    }

    /** @return the store under test; call it inside {@link #tx} */
    final TicketStore store() {
        return storage.tickets();
    }

    /** Runs store calls in one unit of work of the storage. */
    final <T> T tx(Supplier<T> work) {
        return storage.transactions().inTransaction(work);
    }

    /** Runs store calls without a result in one unit of work of the storage. */
    final void run(Runnable work) {
        tx(() -> {
            work.run();
            return null;
        });
    }

    /** Reads a ticket's state by id, failing when the store does not hold it. */
    final Ticket stored(TicketId id) {
        return tx(() -> store().findById(TENANT, id))
                .orElseThrow(() -> new AssertionError("Ticket " + id + " not found"));
    }

    /** Reads a ticket's state in its tenant, failing when the store does not hold it. */
    final Ticket stored(Ticket ticket) {
        return tx(() -> store().findById(ticket.tenant(), ticket.id()))
                .orElseThrow(() -> new AssertionError("Ticket " + ticket.number() + " of " + ticket.tenant()
                        + " not found"));
    }

    /** Reads a ticket's whole history, newest first, page by page. */
    final List<TimelineEntry> history(TicketId id) {
        return tx(() -> DeskFixture.wholeHistory(store(), TENANT, id));
    }

    /** Reads a ticket's whole history in its tenant, newest first, page by page. */
    final List<TimelineEntry> history(Ticket ticket) {
        return tx(() -> DeskFixture.wholeHistory(store(), ticket.tenant(), ticket.id()));
    }

    /** Writes a fixture ticket with its history in one unit of work. */
    final Ticket insert(FixtureTicket ticket) {
        return tx(() -> ticket.insertInto(store()));
    }

    /** A desk over the storage under test, with the contract's workflow and zone. */
    final DeskFixture desk() {
        return DeskFixture.builder().workflow(WORKFLOW).storage(storage).zone(SampleTickets.ZONE).build();
    }

    /** A fixture ticket of the contract's workflow with a number. */
    static TicketFixture ticket(long number) {
        return TicketFixture.in(WORKFLOW).number(number);
    }
}
