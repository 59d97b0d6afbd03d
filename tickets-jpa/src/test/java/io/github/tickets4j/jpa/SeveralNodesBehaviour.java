package io.github.tickets4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.spi.EventPublisher;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.workflow.StatusCategory;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two application nodes (two entity manager factories, as two JVMs would have) sharing one database, each running
 * several threads. Lost writes, duplicate numbers and gaps would show here. The creation tests create in two
 * tenants at once, each thread alternating between them; the second tenant's number counter does not exist yet, so
 * the nodes race to create it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeveralNodesBehaviour {
    private static final int THREADS_PER_NODE = 4;
    private static final int CREATIONS_PER_THREAD = 250;
    private static final int BLOCK = 50;
    private static final List<TenantId> TENANTS = List.of(TenantId.DEFAULT, TenantId.of("acme"));
    private static final Actor SAM = Actor.of("sam", Role.SALES);
    private static final Actor ADA = Actor.of("ada", Role.ADMIN);
    private final List<EntityManagerFactory> factories = new ArrayList<>();

    abstract TestDatabase database();

    @BeforeAll
    void startNodes() {
        database().requireReachable();
        database().recreateSchema();
        factories.add(database().factory());
        factories.add(database().factory());
    }

    @BeforeEach
    void emptyTables() {
        database().clean();
    }

    @AfterAll
    void stopNodes() {
        factories.forEach(EntityManagerFactory::close);
    }

    private List<TicketDesk> nodes(Numbering numbering) {
        List<TicketDesk> desks = new ArrayList<>();
        for (EntityManagerFactory factory : factories) {
            JpaStorage storage = JpaStorage.builder(factory, database().kind).numbering(numbering).build();
            desks.add(TicketDesk.builder().workflow(Samples.WORKFLOW).storage(storage).events(EventPublisher.none())
                    .directory(Samples.directory()).clock(Clock.systemUTC()).zone(ZoneOffset.UTC).build());
        }
        return desks;
    }

    /** The follow-up notes of a ticket, read from its history. */
    private static List<String> notes(TicketDesk desk, TicketNumber number) {
        return desk.history(SAM, number, HistoryQuery.newest(HistoryQuery.MAX_LIMIT)
                .only(TimelineAction.FOLLOW_UP_ADDED)).entries().stream()
                .map(e -> e.followUp().orElseThrow().note()).toList();
    }

    @Test
    void twoNodesCreatingInTwoTenantsWithTheSequenceStrategyGetUniqueIncreasingNumbersPerTenantAndStoreEveryTicket()
            throws Exception {
        List<Issued> issued = createEverywhere(nodes(Numbering.SEQUENCE));

        int total = factories.size() * THREADS_PER_NODE * CREATIONS_PER_THREAD;
        for (TenantId tenant : TENANTS) {
            Set<Long> all = new HashSet<>();
            for (Issued thread : issued) {
                assertIncreasing(thread.of(tenant));
                all.addAll(thread.of(tenant));
            }
            assertEquals(total / TENANTS.size(), all.size(), () -> tenant + ": no number issued twice");
            assertEquals(all.stream().max(Long::compare).orElseThrow(), database().queryLong("select last_value"
                    + " from t4j_number_counter where tenant_id = '" + tenant + "'"), "taken one at a time");
            assertEquals(total / TENANTS.size(), database().queryLong("select sum(ticket_count) from t4j_status_count"
                    + " where tenant_id = '" + tenant + "'"), tenant::value);
        }
        assertEquals(total, database().queryLong("select count(*) from t4j_ticket"));
        assertEquals(total, database().queryLong("select count(*) from t4j_timeline_entry"));
    }

    @Test
    void theDashboardCountsStayEqualToTheTicketTableUnderConcurrentClosingReopeningAndDeleting() throws Exception {
        List<TicketDesk> desks = nodes(Numbering.SEQUENCE);
        List<TicketNumber> numbers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            numbers.add(desks.get(0).create(SAM, command("Moving " + i)).number());
        }
        List<Callable<Void>> work = new ArrayList<>();
        for (int node = 0; node < desks.size(); node++) {
            for (int thread = 0; thread < 2; thread++) {
                TicketDesk desk = desks.get(node);
                int offset = 7 * (2 * node + thread);
                work.add(() -> {
                    for (int i = 0; i < 60; i++) {
                        TicketNumber number = numbers.get((offset + i) % numbers.size());
                        int action = (offset + i) % 7;
                        try {
                            retrying(() -> action == 6 ? deleted(desk, number)
                                    : desk.execute(ADA, number, action % 2 == 0 ? new Close() : new Reopen()));
                        } catch (ConcurrentTicketModificationException e) {
                            throw e;
                        } catch (TicketsException refusedInThatState) {
                            // Closing a closed ticket, reopening an open one or touching a deleted one: no change.
                        }
                    }
                    return null;
                });
            }
        }
        runTogether(work);

        Dashboard board = desks.get(1).dashboard(ADA, DashboardFilter.cleared(), Sort.NEWEST_FIRST,
                PageRequest.first(5));
        for (Map.Entry<String, Long> status : board.byStatus().entrySet()) {
            assertEquals(database().queryLong("select count(*) from t4j_ticket where status = '" + status.getKey()
                    + "'"), status.getValue(), status.getKey());
        }
        long stored = database().queryLong("select count(*) from t4j_ticket");
        assertEquals(stored, board.total());
        assertTrue(stored < numbers.size(), "some tickets were deleted");
        assertTrue(board.byCategory().get(StatusCategory.CLOSED) > 0, "some tickets were closed");
    }

    private static Ticket deleted(TicketDesk desk, TicketNumber number) {
        desk.delete(ADA, number);
        return null;
    }

    @Test
    void twoNodesCreatingInTwoTenantsWithTheGaplessStrategyGetEveryNumberFromOneToNOfEachTenantExactlyOnce()
            throws Exception {
        List<TicketDesk> desks = nodes(Numbering.GAPLESS);
        List<Issued> issued = createEverywhere(desks);

        long perTenant = (long) factories.size() * THREADS_PER_NODE * CREATIONS_PER_THREAD / TENANTS.size();
        for (TenantId tenant : TENANTS) {
            List<Long> all = new ArrayList<>();
            issued.forEach(thread -> all.addAll(thread.of(tenant)));
            assertEquals(LongStream.rangeClosed(1, perTenant).boxed().toList(), all.stream().sorted().toList(),
                    () -> tenant + ": 1 to " + perTenant + ", each once");
            assertEquals(perTenant, database().queryLong("select last_value from t4j_number_counter"
                    + " where tenant_id = '" + tenant + "'"));
        }
        assertEachTenantFindsItsOwnTicketUnderTheSameNumbers(desks.get(1), perTenant);
    }

    @Test
    void twoNodesCreatingInTwoTenantsWithBlocksGetUniqueNumbersIncreasingPerNodeWithGapsBelowABlockPerNode()
            throws Exception {
        List<TicketDesk> desks = nodes(Numbering.blocks(BLOCK));
        List<Issued> issued = createEverywhere(desks);

        long perTenant = (long) factories.size() * THREADS_PER_NODE * CREATIONS_PER_THREAD / TENANTS.size();
        for (TenantId tenant : TENANTS) {
            Set<Long> all = new HashSet<>();
            for (Issued thread : issued) {
                assertIncreasing(thread.of(tenant));
                all.addAll(thread.of(tenant));
            }
            assertEquals(perTenant, all.size(), () -> tenant + ": no number issued twice");
            long taken = database().queryLong("select last_value from t4j_number_counter where tenant_id = '"
                    + tenant + "'");
            assertTrue(all.stream().allMatch(n -> n >= 1 && n <= taken), "every number from a block taken");
            assertTrue(taken <= perTenant + (long) factories.size() * BLOCK,
                    () -> tenant + ": at most a block per node unused, took " + taken);
        }
        assertEachTenantFindsItsOwnTicketUnderTheSameNumbers(desks.get(0), 1);
    }

    private static void assertIncreasing(List<Long> numbers) {
        for (int i = 1; i < numbers.size(); i++) {
            assertTrue(numbers.get(i) > numbers.get(i - 1), "numbers increase in issue order: " + numbers);
        }
    }

    /** Numbers both tenants hold: each tenant's lookup finds the ticket titled for it. */
    private static void assertEachTenantFindsItsOwnTicketUnderTheSameNumbers(TicketDesk desk, long upTo) {
        for (long sequence = 1; sequence <= upTo; sequence += Math.max(1, upTo / 7)) {
            TicketNumber number = desk.number("RE" + String.format("%08d", sequence));
            for (TenantId tenant : TENANTS) {
                assertEquals(title(tenant), desk.find(SAM.inTenant(tenant), number).orElseThrow().title(),
                        () -> tenant + " " + number);
            }
        }
    }

    private static String title(TenantId tenant) {
        return "Ticket of " + tenant;
    }

    @Test
    void concurrentFollowUpsFromTwoNodesAreNeverLost() throws Exception {
        List<TicketDesk> desks = nodes(Numbering.GAPLESS);
        TicketNumber number = desks.get(0).create(SAM, command("Busy ticket")).number();
        int perThread = 20;
        List<Callable<Void>> work = new ArrayList<>();
        for (int node = 0; node < desks.size(); node++) {
            for (int thread = 0; thread < 2; thread++) {
                TicketDesk desk = desks.get(node);
                String who = "node " + node + " thread " + thread;
                work.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        String note = who + " note " + i;
                        retrying(() -> desk.execute(SAM, number, new AddFollowUp(note)));
                    }
                    return null;
                });
            }
        }
        runTogether(work);

        Ticket stored = desks.get(1).find(SAM, number).orElseThrow();
        int expected = work.size() * perThread;
        List<String> notes = notes(desks.get(1), number);
        assertEquals(expected, notes.size());
        assertEquals(expected, new HashSet<>(notes).size());
        assertEquals(expected, stored.version());
        assertEquals(expected + 1, database().queryLong("select count(*) from t4j_timeline_entry"));
        assertEquals(expected, database().queryLong("select max(seq) from t4j_timeline_entry"),
                "entries numbered 0 to the version, none twice (a unique key)");
    }

    @Test
    void aConcurrentCloseAndFollowUpsEndInAConsistentTicket() throws Exception {
        List<TicketDesk> desks = nodes(Numbering.GAPLESS);
        TicketNumber number = desks.get(0).create(SAM, command("Closing soon")).number();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        List<Callable<Void>> work = List.of(() -> {
            for (int i = 0; i < 40; i++) {
                String note = "note " + i;
                try {
                    retrying(() -> desks.get(0).execute(SAM, number, new AddFollowUp(note)));
                    accepted.add(note);
                } catch (ConcurrentTicketModificationException e) {
                    throw e;
                } catch (TicketsException refusedBecauseClosed) {
                    return null;
                }
            }
            return null;
        }, () -> {
            // Close while follow-ups are still arriving from the other node.
            while (desks.get(1).find(SAM, number).orElseThrow().version() < 5) {
                Thread.onSpinWait();
            }
            retrying(() -> desks.get(1).execute(SAM, number, new Close("Done")));
            return null;
        });
        runTogether(work);

        Ticket stored = desks.get(1).find(SAM, number).orElseThrow();
        assertTrue(stored.status().isClosed());
        assertTrue(stored.closedAt().isPresent() && stored.closedBy().isPresent());
        assertEquals(accepted, new HashSet<>(notes(desks.get(1), number)));
        List<TimelineEntry> history = desks.get(1).history(SAM, number, HistoryQuery.newest(HistoryQuery.MAX_LIMIT))
                .entries();
        assertEquals(TimelineAction.CLOSED, history.get(0).action(), "nothing was added after closing");
        assertEquals(history.size() - 1, stored.version());
        assertEquals(accepted.size() + 2, history.size());
        assertTrue(accepted.size() >= 5, "follow-ups accepted before the close: " + accepted.size());
    }

    /**
     * The numbers one thread was issued, in issue order, each with its tenant.
     *
     * @param tenants the tenant of each number
     * @param numbers the sequence values
     */
    private record Issued(List<TenantId> tenants, List<Long> numbers) {
        List<Long> all() {
            return numbers;
        }

        List<Long> of(TenantId tenant) {
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < numbers.size(); i++) {
                if (tenants.get(i).equals(tenant)) {
                    mine.add(numbers.get(i));
                }
            }
            return mine;
        }
    }

    /** Every thread of every node creates tickets, alternating between the tenants. */
    private List<Issued> createEverywhere(List<TicketDesk> desks) throws Exception {
        List<Callable<Issued>> work = new ArrayList<>();
        for (TicketDesk desk : desks) {
            for (int thread = 0; thread < THREADS_PER_NODE; thread++) {
                int first = thread;
                work.add(() -> {
                    Issued issued = new Issued(new ArrayList<>(), new ArrayList<>());
                    for (int i = 0; i < CREATIONS_PER_THREAD; i++) {
                        TenantId tenant = TENANTS.get((first + i) % TENANTS.size());
                        issued.tenants().add(tenant);
                        issued.numbers().add(retrying(() -> desk.create(SAM.inTenant(tenant),
                                command(title(tenant)))).number().sequence());
                    }
                    return issued;
                });
            }
        }
        return runTogether(work);
    }

    /** Starts all work at once and waits for it; the first failure fails the test. */
    private static <T> List<T> runTogether(List<Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> w : work) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return w.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Retries on a lost optimistic race (the desk reloads the ticket each time), as a host would. */
    private static <T> T retrying(Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (ConcurrentTicketModificationException e) {
                if (attempt == 200) {
                    throw e;
                }
            }
        }
    }

    private static CreateTicket command(String title) {
        return CreateTicket.titled(title).project(Samples.P1).tags("vip").build();
    }
}
