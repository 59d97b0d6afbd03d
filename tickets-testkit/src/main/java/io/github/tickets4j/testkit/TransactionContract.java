package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.testkit.FaultyStore.Fault;
import io.github.tickets4j.testkit.FaultyStore.InjectedFailure;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.DeskFixture;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract a {@link Transactions} runner must keep with its store; rules T01 to T06 of {@link ContractRule}:
 * a use case that fails part-way leaves nothing behind. The contract wraps the store so that a chosen write goes
 * through and then fails; only the transactions can undo it. Extend it and override {@link #newStore()} (an
 * <em>empty</em> store, before each test) and {@link #transactions(TicketStore)}.
 */
public abstract class TransactionContract {
    private static final Actor ADMIN = Actors.admin();

    private TicketStore store;
    private FaultyStore faulty;
    private Transactions transactions;
    private final AtomicBoolean publishingFails = new AtomicBoolean();
    private DeskFixture fixture;

    /** For subclasses. */
    protected TransactionContract() {
    }

    /**
     * Creates the store under test. Called before each test.
     *
     * @return an empty store, never null
     */
    protected abstract TicketStore newStore();

    /**
     * The transactions under test, belonging to the store.
     *
     * @param store a store from {@link #newStore()}, never null
     * @return the runner, never null
     */
    protected abstract Transactions transactions(TicketStore store);

    /**
     * Releases a store after its test. Does nothing unless overridden.
     *
     * @param store the store the test used, never null
     */
    protected void releaseStore(TicketStore store) {
    }

    @BeforeEach
    final void createDesk() {
        store = newStore();
        faulty = new FaultyStore(store);
        transactions = transactions(store);
        fixture = DeskFixture.builder().store(faulty, transactions).alsoPublishTo(event -> {
            if (publishingFails.getAndSet(false)) {
                throw new InjectedFailure("while publishing");
            }
        }).build();
    }

    @AfterEach
    final void dropStore() {
        releaseStore(store);
    }

    @Test
    void transaction_T01_creationFailingAfterTheInsertLeavesNoTicket() {
        faulty.failAfterNext(Fault.INSERT);
        assertThrows(InjectedFailure.class, () -> desk().create(ADMIN, CreateTicket.titled("Lost").build()));
        assertNothingStored();
        assertEquals(List.of(), fixture.events().events(), "no event for a failed creation");
    }

    @Test
    void transaction_T02_commandFailingAfterTheUpdateLeavesTheTicketAsItWas() {
        Ticket before = desk().create(ADMIN, CreateTicket.titled("Kept").build());
        fixture.events().clear();
        faulty.failAfterNext(Fault.UPDATE);
        assertThrows(InjectedFailure.class, () -> desk().execute(ADMIN, before.number(), new AddFollowUp("Lost")));
        Ticket after = transactions.inTransaction(() -> store.findById(before.id())).orElseThrow();
        assertEquals(before, after, "no follow-up, no timeline entry, same version");
        assertEquals(List.of(), fixture.events().events(), "no event for a failed command");
    }

    @Test
    void transaction_T03_failedPublishingUndoesTheWrite() {
        publishingFails.set(true);
        assertThrows(InjectedFailure.class, () -> desk().create(ADMIN, CreateTicket.titled("Lost").build()));
        assertNothingStored();
        Ticket before = desk().create(ADMIN, CreateTicket.titled("Kept").build());
        publishingFails.set(true);
        assertThrows(InjectedFailure.class, () -> desk().execute(ADMIN, before.number(), new AddFollowUp("Lost")));
        assertEquals(before, transactions.inTransaction(() -> store.findById(before.id())).orElseThrow());
    }

    @Test
    void transaction_T04_failingHostTransactionUndoesEveryDeskCallInIt() {
        assertThrows(InjectedFailure.class, () -> transactions.inTransaction(() -> {
            Ticket ticket = desk().create(ADMIN, CreateTicket.titled("Lost").build());
            desk().execute(ADMIN, ticket.number(), new AddFollowUp("Lost too"));
            throw new InjectedFailure("in the host's own code");
        }));
        assertNothingStored();
    }

    @Test
    void transaction_T05_deletionFailingAfterTheDeleteKeepsTheTicket() {
        Ticket before = desk().create(ADMIN, CreateTicket.titled("Kept").build());
        fixture.events().clear();
        faulty.failAfterNext(Fault.DELETE);
        assertThrows(InjectedFailure.class, () -> desk().delete(ADMIN, before.number()));
        assertEquals(before, transactions.inTransaction(() -> store.findByNumber(before.number())).orElseThrow());
        assertEquals(List.of(), fixture.events().events(), "no event for a failed deletion");
    }

    @Test
    void transaction_T06_successKeepsItsWritesAndFailureTravelsUnchanged() {
        Ticket created = desk().create(ADMIN, CreateTicket.titled("Kept").build());
        Ticket changed = desk().execute(ADMIN, created.number(), new AddFollowUp("Kept too"));
        assertEquals(changed, transactions.inTransaction(() -> store.findById(created.id())).orElseThrow());
        InjectedFailure failure = new InjectedFailure("to see it travel");
        InjectedFailure caught = assertThrows(InjectedFailure.class,
                () -> transactions.inTransaction(() -> {
                    throw failure;
                }));
        assertSame(failure, caught);
        assertTrue(transactions.inTransaction(() -> store.findById(created.id())).isPresent());
    }

    private TicketDesk desk() {
        return fixture.desk();
    }

    private void assertNothingStored() {
        assertEquals(0, desk().count(ADMIN, TicketQuery.all()), "no ticket may be left behind");
        assertTrue(transactions.inTransaction(() -> store.findByNumber(TicketNumberFormat.DEFAULT.format(1)))
                .isEmpty(), "the first number's ticket may not be left behind");
    }
}
