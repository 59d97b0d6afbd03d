package io.github.tickets4j.jpa;

import static io.github.tickets4j.core.ticket.TenantId.DEFAULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.TransitionNotAllowedException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.EventPublisher;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketEvent.Occurrence;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.testkit.ForwardingTicketStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Units of work: all or nothing, resource-local or inside the host's transaction, and both numbering strategies.
 */
abstract class TransactionBehaviour extends DatabaseTestBase {
    private static final Actor SAM = Actor.of("sam", Role.SALES);
    private static final Actor KIM = Actor.of("kim", Role.SALES);
    private static final Actor ADMIN = Actor.of("root", Role.ADMIN);

    private static CreateTicket command(String title) {
        return CreateTicket.titled(title).project(Samples.P1).tags("vip").build();
    }

    private long counter() {
        return database().queryLong("select last_value from t4j_number_counter where name = 'tickets'");
    }

    private List<Long> rowsOfEveryTable() {
        return List.of(rows("t4j_ticket"), rows("t4j_ticket_tag"), rows("t4j_timeline_entry"),
                database().queryLong("select coalesce(sum(ticket_count), 0) from t4j_status_count"));
    }

    @Test
    void aFailurePartWayThroughCreationLeavesNoTicketTagHistoryOrCount() {
        Ticket first = StoredTicket.from(Samples.ticket(new Random(1), 1)).tags(List.of("vip")).build();
        Change kept = Samples.creation(first);
        store.insert(kept);
        Ticket second = StoredTicket.from(Samples.ticket(new Random(2), 2)).tags(List.of("vip", "billing")).build();
        // Its entry has the id of the first ticket's entry: the ticket row, its tags and its count are written
        // before the entry fails.
        TimelineEntry clash = kept.entries().get(0);
        Change broken = new Change(second, new TicketEvent.Created(new Occurrence(clash.id(), DEFAULT, second.id(),
                second.number(), 0, second.createdAt(), second.createdBy(), second.customer(),
                second.hiddenFromCustomer()), second.status().name(),
                second.project(), second.customer()));

        TicketsException e = assertThrows(TicketsException.class, () -> store.insert(broken));
        assertTrue(e.getMessage().contains("history of ticket " + second.number()), e.getMessage());
        assertEquals(List.of(1L, 1L, 1L, 1L), rowsOfEveryTable());
    }

    @Test
    void whenPublishingFailsTheTicketAndItsGaplessNumberAreRolledBack() {
        AtomicBoolean fail = new AtomicBoolean(true);
        TicketDesk desk = desk(gapless(), event -> {
            if (fail.getAndSet(false)) {
                throw new IllegalStateException("outbox unavailable");
            }
        });

        assertThrows(IllegalStateException.class, () -> desk.create(SAM, command("Lost")));
        assertEquals(List.of(0L, 0L, 0L, 0L), rowsOfEveryTable());
        assertEquals(0, counter());
        assertEquals("RE00000001", desk.create(SAM, command("Kept")).number().value());
    }

    @Test
    void anExceptionOfTheUseCaseTravelsUnchangedAndUndoesEveryWriteOfNestedUseCases() {
        IllegalStateException boom = new IllegalStateException("boom");
        Ticket first = Samples.ticket(new Random(1), 1);
        Ticket second = Samples.ticket(new Random(2), 2);
        Transactions tx = storage.transactions();

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> tx.inTransaction(() -> {
            tx.inTransaction(() -> {
                store.insert(Samples.creation(first));
                return null;
            });
            store.insert(Samples.creation(second));
            throw boom;
        }));
        assertSame(boom, thrown);
        assertEquals(List.of(0L, 0L, 0L, 0L), rowsOfEveryTable());
    }

    @Test
    void theSequenceStrategyIssuesIncreasingNumbersAndLeavesAGapAfterARollback() {
        NumberSequence sequence = storage.numbers();
        long first = sequence.next(DEFAULT, Long.MAX_VALUE);
        assertThrows(IllegalStateException.class, () -> storage.transactions().inTransaction(() -> {
            sequence.next(DEFAULT, Long.MAX_VALUE);
            throw new IllegalStateException("creation failed");
        }));

        assertEquals(first + 2, sequence.next(DEFAULT, Long.MAX_VALUE));
        assertEquals(Numbering.SEQUENCE, storage.numbering());
    }

    @Test
    void theGaplessStrategyGivesTheNumberBackWhenTheTransactionRollsBack() {
        JpaStorage gapless = gapless();
        Transactions tx = gapless.transactions();
        assertEquals(1, tx.inTransaction(() -> gapless.numbers().next(DEFAULT, 99)));
        assertThrows(IllegalStateException.class, () -> tx.inTransaction(() -> {
            gapless.numbers().next(DEFAULT, 99);
            throw new IllegalStateException("creation failed");
        }));

        assertEquals(2, tx.inTransaction(() -> gapless.numbers().next(DEFAULT, 99)));
        assertEquals(Numbering.GAPLESS, gapless.numbering());
    }

    @Test
    void aGaplessCounterAtTheFormatsMaximumRefusesAndStaysAsItWas() {
        database().execute(List.of("update t4j_number_counter set last_value = 9 where name = 'tickets'"));

        assertThrows(NumbersExhaustedException.class, () -> gapless().numbers().next(DEFAULT, 9));
        assertEquals(9, counter());
        assertEquals(10, gapless().numbers().next(DEFAULT, 10));
    }

    @Test
    void theSequenceStrategyRefusesValuesBeyondTheFormatsMaximum() {
        long last = storage.numbers().next(DEFAULT, Long.MAX_VALUE);

        assertThrows(NumbersExhaustedException.class, () -> storage.numbers().next(DEFAULT, last));
    }

    @Test
    void inAHostManagedTransactionTicketsCommitAndRollBackWithTheHost() {
        try (EmulatedHost host = new EmulatedHost(factory)) {
            EntityManager em = host.entityManager();
            JpaStorage hostManaged = host.storage(database(), Numbering.GAPLESS);
            TicketDesk desk = desk(hostManaged, EventPublisher.none());
            em.getTransaction().begin();
            desk.create(SAM, command("First"));
            desk.create(SAM, command("Second"));
            assertEquals(2, desk.count(SAM, TicketQuery.all()));
            em.getTransaction().rollback();
            assertEquals(List.of(0L, 0L, 0L, 0L), rowsOfEveryTable());
            assertEquals(0, counter());

            em.getTransaction().begin();
            Ticket kept = desk.create(SAM, command("Third"));
            em.getTransaction().commit();
            assertEquals("RE00000001", kept.number().value());
            assertEquals(kept, store.findByNumber(DEFAULT, kept.number()).orElseThrow());
        }
    }

    @Test
    void aRefusalBeforeAnyWriteLeavesTheHostTransactionUsableForTheHostsOwnWrites() {
        database().execute(List.of("drop table if exists host_audit", "create table host_audit (note varchar(100))"));
        try (EmulatedHost host = new EmulatedHost(factory)) {
            EntityManager em = host.entityManager();
            TicketDesk desk = desk(host.storage(database(), Numbering.GAPLESS), EventPublisher.none());
            Ticket ticket = host.inTransaction(() -> desk.create(SAM, command("Existing")));

            EntityTransaction tx = em.getTransaction();
            tx.begin();
            assertThrows(TicketNotFoundException.class,
                    () -> desk.execute(SAM, desk.number("RE00000042"), new AddFollowUp("Nobody here")));
            assertThrows(TicketNotFoundException.class,
                    () -> desk.execute(KIM, ticket.number(), new AddFollowUp("Not my project")));
            assertThrows(AccessDeniedException.class, () -> desk.delete(SAM, ticket.number()));
            assertThrows(TransitionNotAllowedException.class,
                    () -> desk.execute(SAM, ticket.number(), new ChangeStatus("NEW")));
            assertThrows(ValidationFailedException.class,
                    () -> desk.execute(SAM, ticket.number(), new ChangeStatus("NO_SUCH_STATUS")));
            assertFalse(tx.getRollbackOnly(), "refusals wrote nothing, so the host's transaction stays usable");
            em.createNativeQuery("insert into host_audit (note) values ('the host carried on')").executeUpdate();
            Ticket after = desk.execute(SAM, ticket.number(), new AddFollowUp("And so did the desk"));
            tx.commit();

            assertEquals(1, database().queryLong("select count(*) from host_audit"));
            assertEquals(after, store.findByNumber(DEFAULT, ticket.number()).orElseThrow());
        } finally {
            database().execute(List.of("drop table if exists host_audit"));
        }
    }

    @Test
    void aHostManagedUseCaseFailingAfterItWroteMarksTheHostTransactionRollbackOnly() {
        try (EmulatedHost host = new EmulatedHost(factory)) {
            EntityManager em = host.entityManager();
            AtomicBoolean fail = new AtomicBoolean(true);
            TicketDesk desk = desk(host.storage(database(), Numbering.GAPLESS), event -> {
                if (fail.getAndSet(false)) {
                    throw new IllegalStateException("outbox unavailable");
                }
            });
            em.getTransaction().begin();
            assertThrows(IllegalStateException.class, () -> desk.create(SAM, command("Lost")));
            assertTrue(em.getTransaction().getRollbackOnly());
            em.getTransaction().rollback();

            assertEquals(List.of(0L, 0L, 0L, 0L), rowsOfEveryTable());
            assertEquals(0, counter(), "the gapless number was given back");
        }
    }

    @Test
    void anEntityManagerThatIsNotResourceLocalMarksTheHostTransactionThroughTheOnFailureHook() {
        try (EmulatedHost host = new EmulatedHost(factory)) {
            EntityManager em = host.entityManager();
            AtomicInteger marked = new AtomicInteger();
            JpaStorage shared = JpaStorage.builder(factory, database().kind).hostManaged(() -> sharedView(em))
                    .onFailure(() -> {
                        marked.incrementAndGet();
                        em.getTransaction().setRollbackOnly();
                    }).build();
            AtomicBoolean fail = new AtomicBoolean(true);
            TicketDesk desk = desk(shared, event -> {
                if (fail.getAndSet(false)) {
                    throw new IllegalStateException("outbox unavailable");
                }
            });

            em.getTransaction().begin();
            assertThrows(IllegalStateException.class, () -> desk.create(SAM, command("Lost")));
            assertThrows(TicketNotFoundException.class,
                    () -> desk.execute(SAM, desk.number("RE00000042"), new AddFollowUp("Refused before writing")));
            assertEquals(1, marked.get(), "marked once: for the failure after a write, not for the refusal");
            em.getTransaction().rollback();
            assertEquals(List.of(0L, 0L, 0L, 0L), rowsOfEveryTable());
        }
    }

    @Test
    void withoutTheHookAFailureAfterAWriteOnAnEntityManagerThatIsNotResourceLocalSaysOnFailureIsNeeded() {
        try (EmulatedHost host = new EmulatedHost(factory)) {
            EntityManager em = host.entityManager();
            // Built while the supplier cannot be asked yet, as with an entity manager bound to a request.
            AtomicBoolean ready = new AtomicBoolean();
            JpaStorage shared = JpaStorage.builder(factory, database().kind).hostManaged(() -> {
                if (!ready.get()) {
                    throw new IllegalStateException("no request bound to this thread");
                }
                return sharedView(em);
            }).build();
            ready.set(true);
            TicketDesk desk = desk(shared, event -> {
                throw new IllegalStateException("outbox unavailable");
            });

            em.getTransaction().begin();
            TicketsException e = assertThrows(TicketsException.class, () -> desk.create(SAM, command("Lost")));
            assertTrue(e.getMessage().contains("onFailure"), e.getMessage());
            assertEquals("outbox unavailable", e.getCause().getMessage());
            em.getTransaction().rollback();
        }
    }

    @Test
    void aRetryAfterAConflictInANewHostTransactionReadsTheFreshRow() {
        try (EmulatedHost host = new EmulatedHost(factory)) {
            JpaStorage hostManaged = host.storage(database(), Numbering.SEQUENCE);
            TicketDesk elsewhere = desk(storage, EventPublisher.none());
            TicketNumber number = host.inTransaction(() -> desk(hostManaged, EventPublisher.none())
                    .create(SAM, command("Contended"))).number();
            // Another node changes the ticket between this desk's read and its write, once.
            AtomicBoolean interfere = new AtomicBoolean(true);
            TicketStorage racing = new ForwardingTicketStore(hostManaged.tickets()) {
                @Override
                public Optional<Ticket> findByNumber(TenantId tenant, TicketNumber n) {
                    Optional<Ticket> read = super.findByNumber(tenant, n);
                    if (interfere.getAndSet(false)) {
                        elsewhere.execute(SAM, n, new AddFollowUp("from another node"));
                    }
                    return read;
                }
            }.in(hostManaged);
            TicketDesk desk = desk(racing, EventPublisher.none());

            assertThrows(ConcurrentTicketModificationException.class,
                    () -> host.inTransaction(() -> desk.execute(SAM, number, new AddFollowUp("mine"))));
            Ticket retried = host.inTransaction(() -> desk.execute(SAM, number, new AddFollowUp("mine")));

            assertEquals(2, retried.version(), "the retry read version 1, written by the other node");
            assertEquals(List.of("mine", "from another node"), store.history(DEFAULT, retried.id(), HistoryQuery.newest(2))
                    .stream().map(e -> e.detail().orElseThrow()).toList());
        }
    }

    @Test
    void hostManagedReadsWorkOutsideAnyTransactionWithTheTicketsTags() {
        Ticket created = desk(storage, EventPublisher.none()).create(SAM, command("Read me"));
        try (EmulatedHost host = new EmulatedHost(factory)) {
            TicketDesk desk = desk(host.storage(database(), Numbering.SEQUENCE), EventPublisher.none());
            assertFalse(host.entityManager().getTransaction().isActive());

            Ticket read = desk.find(SAM, created.number()).orElseThrow();
            assertEquals(created, read);
            assertEquals(List.of("vip"), List.copyOf(read.tags()));
            assertEquals(1, desk.history(SAM, created.number(), HistoryQuery.newest(5)).entries().size());
            assertEquals(1, desk.search(SAM, TicketQuery.all(), Sort.NEWEST_FIRST, PageRequest.first(5)).total());
        }
    }

    /**
     * An entity manager that, like a container's or Spring's shared one, will not hand out its resource-local
     * transaction.
     */
    private static EntityManager sharedView(EntityManager em) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getTransaction")) {
                        throw new IllegalStateException("Not allowed to create transaction on shared EntityManager");
                    }
                    try {
                        return method.invoke(em, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
