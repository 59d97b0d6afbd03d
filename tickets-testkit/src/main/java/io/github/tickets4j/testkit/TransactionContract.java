package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.testkit.FaultyStore.Fault;
import io.github.tickets4j.testkit.FaultyStore.InjectedFailure;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.DeskFixture;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract a {@link TicketStorage}'s {@link Transactions} must keep with its store; rules T01 to T06 of
 * {@link ContractRule}: a use case that fails part-way leaves nothing behind, neither state nor history. The
 * contract puts a store in front of the storage's own that lets a chosen write go through and then fail; only the
 * transactions can undo it. Extend it and override {@link #newStorage()} (storage holding no tickets, before each
 * test).
 */
public abstract class TransactionContract {
    private static final Actor ADMIN = Actors.admin();

    private TicketStorage storage;
    private FaultyStore faulty;
    private final AtomicBoolean publishingFails = new AtomicBoolean();
    private DeskFixture fixture;

    /** For subclasses. */
    protected TransactionContract() {
    }

    /**
     * Creates the storage under test. Called before each test.
     *
     * @return storage holding no tickets, never null
     */
    protected abstract TicketStorage newStorage();

    /**
     * Releases a storage after its test. Does nothing unless overridden.
     *
     * @param storage the storage the test used, never null
     */
    protected void releaseStorage(TicketStorage storage) {
    }

    @BeforeEach
    final void createDesk() {
        storage = Objects.requireNonNull(newStorage(), "newStorage() returned null");
        faulty = new FaultyStore(storage.tickets());
        fixture = DeskFixture.builder().storage(ComposedStorage.withStore(storage, faulty)).zone(ZoneOffset.UTC)
                .alsoPublishTo(event -> {
                    if (publishingFails.getAndSet(false)) {
                        throw new InjectedFailure("while publishing");
                    }
                }).build();
    }

    @AfterEach
    final void dropStorage() {
        if (storage != null) {
            releaseStorage(storage);
        }
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
        List<TimelineEntry> history = fixture.history(before);
        assertThrows(InjectedFailure.class, () -> desk().execute(ADMIN, before.number(), new AddFollowUp("Lost")));
        assertEquals(before, fixture.stored(before), "same state, same version");
        assertEquals(history, fixture.history(before), "no history entry");
        assertEquals(List.of(), fixture.events().events(), "no event for a failed command");
    }

    @Test
    void transaction_T03_failedPublishingUndoesTheWrite() {
        publishingFails.set(true);
        assertThrows(InjectedFailure.class, () -> desk().create(ADMIN, CreateTicket.titled("Lost").build()));
        assertNothingStored();
        Ticket before = desk().create(ADMIN, CreateTicket.titled("Kept").build());
        publishingFails.set(true);
        List<TimelineEntry> history = fixture.history(before);
        assertThrows(InjectedFailure.class, () -> desk().execute(ADMIN, before.number(), new AddFollowUp("Lost")));
        assertEquals(before, fixture.stored(before));
        assertEquals(history, fixture.history(before), "no history entry");
    }

    @Test
    void transaction_T04_failingHostTransactionUndoesEveryDeskCallInIt() {
        assertThrows(InjectedFailure.class, () -> fixture.inTransaction(() -> {
            Ticket ticket = desk().create(ADMIN, CreateTicket.titled("Lost").build());
            desk().execute(ADMIN, ticket.number(), new AddFollowUp("Lost too"));
            throw new InjectedFailure("in the host's own code");
        }));
        assertNothingStored();
    }

    @Test
    void transaction_T05_deletionFailingAfterTheDeleteKeepsTheTicket() {
        Ticket created = desk().create(ADMIN, CreateTicket.titled("Kept").build());
        Ticket before = desk().execute(ADMIN, created.number(), new AddFollowUp("Kept too"));
        List<TimelineEntry> history = fixture.history(before);
        fixture.events().clear();
        faulty.failAfterNext(Fault.DELETE);
        assertThrows(InjectedFailure.class, () -> desk().delete(ADMIN, before.number()));
        assertEquals(before, fixture.inTransaction(() -> fixture.store().findByNumber(before.tenant(), before.number()))
                .orElseThrow());
        assertEquals(history, fixture.history(before), "the history is kept too");
        assertEquals(List.of(), fixture.events().events(), "no event for a failed deletion");
    }

    @Test
    void transaction_T06_successKeepsItsWritesAndFailureTravelsUnchanged() {
        Ticket created = desk().create(ADMIN, CreateTicket.titled("Kept").build());
        Ticket changed = desk().execute(ADMIN, created.number(), new AddFollowUp("Kept too"));
        assertEquals(changed, fixture.stored(created));
        assertEquals(2, fixture.history(created).size(), "the creation's and the follow-up's entries");
        InjectedFailure failure = new InjectedFailure("to see it travel");
        InjectedFailure caught = assertThrows(InjectedFailure.class,
                () -> fixture.inTransaction(() -> {
                    throw failure;
                }));
        assertSame(failure, caught);
        assertEquals(changed, fixture.stored(created), "a failure elsewhere undoes nothing committed");
    }

    private TicketDesk desk() {
        return fixture.desk();
    }

    private void assertNothingStored() {
        assertEquals(0, desk().count(ADMIN, TicketQuery.all()), "no ticket may be left behind");
        assertTrue(fixture.inTransaction(() -> fixture.store().findByNumber(TenantId.DEFAULT,
                TicketNumberFormat.DEFAULT.format(1)))
                .isEmpty(), "the first number's ticket may not be left behind");
        faulty.lastInserted().ifPresent(t -> assertEquals(List.of(), fixture.history(t),
                "no history may be left behind"));
    }
}
