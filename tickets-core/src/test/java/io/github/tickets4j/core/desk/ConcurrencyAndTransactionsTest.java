package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.ADA;
import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static io.github.tickets4j.core.desk.TestDesk.SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.DirectChanges;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking through the store, rollback of the in-memory transactions, and many threads using one
 * desk at once.
 */
class ConcurrencyAndTransactionsTest {
    private static final int THREADS = 8;
    private final TestDesk t = TestDesk.standard();

    @Test
    void aStaleWriteThroughTheStoreIsRefusedAsAConcurrentModification() {
        Ticket read = t.open("Two agents");
        Ticket current = t.run(OLA, read, new AddFollowUp("The first agent was quicker"));
        List<TimelineEntry> history = t.history(current);
        Change stale = DirectChanges.followUp(read, "Too late", Audience.INTERNAL, SAM.id(), t.now());

        assertThrows(ConcurrentTicketModificationException.class, () -> t.store.update(stale));
        assertThrows(ConcurrentTicketModificationException.class, () -> t.store.delete(read));
        assertEquals(current, t.stored(read));
        assertEquals(history, t.history(read), "the refused write appended nothing");
    }

    @Test
    void theDashboardAndTheReportAreEachOneTransaction() {
        AtomicInteger transactions = new AtomicInteger();
        Transactions counting = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                transactions.incrementAndGet();
                return t.storage.transactions().inTransaction(work);
            }
        };
        TicketStorage storage = new TicketStorage() {
            @Override
            public TicketStore tickets() {
                return t.store;
            }

            @Override
            public GuestPasses guestPasses() {
                return t.storage.guestPasses();
            }

            @Override
            public NumberSequence numbers() {
                return t.storage.numbers();
            }

            @Override
            public Transactions transactions() {
                return counting;
            }
        };
        TicketDesk desk = TicketDesk.builder().workflow(Workflows.standard()).storage(storage)
                .directory(t.directory).zone(TestDesk.ZONE).build();
        t.open("Counted");

        desk.dashboard(ADA, DashboardFilter.cleared(), Sort.NEWEST_FIRST, PageRequest.first(10));
        assertEquals(1, transactions.get());
        desk.report(ADA, ReportPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
        assertEquals(2, transactions.get());
    }

    @Test
    void aFailingPublisherLeavesNoTicketNoHistoryAndNoEventOfTheCreation() {
        t.events.failing(true);
        assertThrows(IllegalStateException.class, () -> t.open("Never stored"));
        t.events.failing(false);

        TicketEvent.Occurrence lost = t.events.refused().get(0).occurrence();
        assertTrue(t.store.findById(TenantId.DEFAULT, lost.ticketId()).isEmpty(), "no ticket by id");
        assertTrue(t.store.findByNumber(TenantId.DEFAULT, lost.number()).isEmpty(), "no ticket by number");
        assertEquals(List.of(), t.store.history(TenantId.DEFAULT, lost.ticketId(), HistoryQuery.newest(10)), "no history");
        assertTrue(t.tickets().isEmpty());
        assertEquals(0, t.desk.count(ADA, TicketQuery.all()));
        assertEquals(0, t.events.count());
        Ticket next = t.open("Stored");
        assertEquals(1, t.tickets().size());
        assertEquals(1, t.history(next).size());
    }

    @Test
    void aFailingPublisherLeavesTheTicketItsHistoryAndTheEventsAsTheyWere() {
        Ticket ticket = t.open("Keep me as I am");
        TestDesk.Snapshot before = t.snapshot();

        t.events.failing(true);
        assertThrows(IllegalStateException.class, () -> t.run(SAM, ticket, new AddFollowUp("Lost note")));
        assertThrows(IllegalStateException.class, () -> t.run(SAM, ticket, new Close()));
        t.events.failing(false);

        assertEquals(before, t.snapshot());
        assertEquals(List.of(), t.followUps(ticket));
        assertEquals(1, t.history(ticket).size());
        assertEquals(0, t.stored(ticket).version());
    }

    @Test
    void aFailingPublisherRollsTheDeletionBack() {
        Ticket ticket = t.open("Survives");
        t.run(SAM, ticket, new AddFollowUp("With a note"));
        TestDesk.Snapshot before = t.snapshot();

        t.events.failing(true);
        assertThrows(IllegalStateException.class, () -> t.desk.delete(ADA, ticket.number()));
        t.events.failing(false);

        assertEquals(before, t.snapshot());
        assertEquals(1, t.followUps(ticket).size());
    }

    @Test
    void concurrentCreationsGetDistinctNumbersWithNoGapAndAreAllStored() throws Exception {
        int perThread = 250;
        List<Callable<List<TicketNumber>>> work = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Actor agent = Actor.of("agent" + i, Role.OPERATIONS);
            work.add(() -> {
                List<TicketNumber> mine = new ArrayList<>();
                for (int n = 0; n < perThread; n++) {
                    mine.add(t.desk.create(agent, t.valid("Parallel " + n).build()).number());
                }
                return mine;
            });
        }

        List<TicketNumber> issued = runTogether(work).stream().flatMap(List::stream).toList();

        int total = THREADS * perThread;
        Set<Long> sequences = issued.stream().map(TicketNumber::sequence).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(total, issued.size());
        assertEquals(LongStream.rangeClosed(1, total).boxed().toList(), List.copyOf(sequences));
        assertEquals(total, t.desk.count(ADA, TicketQuery.all()));
        assertEquals(total, t.events.count());
    }

    @Test
    void concurrentFollowUpsOnOneTicketWithRetryLoseNone() throws Exception {
        assertNoFollowUpLost(t);
    }

    @Test
    void concurrentFollowUpsWithoutTransactionsMeetOptimisticLockingAndWithRetryLoseNone() throws Exception {
        assertNoFollowUpLost(TestDesk.withoutTransactions());
    }

    /** Eight agents add 25 follow-ups each to one ticket, retrying when they lose a race. */
    private static void assertNoFollowUpLost(TestDesk t) throws Exception {
        int perThread = 25;
        Ticket ticket = t.open("Busy ticket");
        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Actor agent = Actor.of("agent" + i, Role.OPERATIONS);
            work.add(() -> {
                int retries = 0;
                for (int n = 0; n < perThread; n++) {
                    while (true) {
                        try {
                            t.run(agent, ticket, new AddFollowUp(agent.id() + " note " + n));
                            break;
                        } catch (ConcurrentTicketModificationException e) {
                            retries++;
                        }
                    }
                }
                return retries;
            });
        }

        runTogether(work);

        Ticket after = t.stored(ticket);
        int total = THREADS * perThread;
        List<FollowUp> followUps = t.followUps(after);
        assertEquals(total, followUps.size());
        assertEquals(total, followUps.stream().map(FollowUp::note).distinct().count());
        List<TimelineEntry> history = t.history(after);
        assertEquals(total + 1, history.size());
        assertEquals(LongStream.rangeClosed(0, total).boxed().sorted(java.util.Comparator.reverseOrder()).toList(),
                history.stream().map(TimelineEntry::sequence).toList(), "one entry per version, none lost");
        assertEquals(total, after.version());
        assertEquals(total, t.events.events().stream().filter(TicketEvent.FollowUpAdded.class::isInstance).count());
    }

    /** Starts every task at the same moment and waits for all of them, rethrowing the first failure. */
    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
