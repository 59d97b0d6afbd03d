package io.github.tickets4j.testkit;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.DeskFixture;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Runs parallel writers for the contracts, each failing loudly instead of hanging. */
final class Concurrently {
    private static final long PATIENCE_SECONDS = 60;

    private Concurrently() {
    }

    /**
     * Lets writers add follow-ups to one ticket, each through a desk of its own whose reads and writes are separate
     * units of work of the storage (as with a database under read-committed isolation), retrying when the store
     * reports a conflict. All writers read before any writes the first time, so a store that does not check
     * versions loses updates every time, not by luck.
     *
     * @return the notes of every write the store acknowledged
     */
    static List<String> readModifyWrite(int writers, int each, TicketStorage storage, Workflow workflow,
            Ticket ticket) throws Exception {
        CyclicBarrier allHaveRead = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                TicketStore split = new UnitPerCall(storage, allHaveRead);
                TicketDesk desk = DeskFixture.builder().workflow(workflow).zone(ZoneOffset.UTC)
                        .storage(new ComposedStorage(split, storage.guestPasses(), storage.numbers(), new NoUnit(),
                                List.of())).build()
                        .desk();
                results.add(pool.submit(() -> {
                    List<String> acknowledged = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        String note = "writer " + writer + " note " + i;
                        while (true) {
                            try {
                                desk.execute(Actors.admin().inTenant(ticket.tenant()), ticket.number(),
                                        new TicketCommand.AddFollowUp(note));
                                acknowledged.add(note);
                                break;
                            } catch (ConcurrentTicketModificationException conflict) {
                                // Someone else wrote first: read again and retry, as a host would.
                            }
                        }
                    }
                    return acknowledged;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> result : results) {
                all.addAll(result.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The store under test with each lookup and each write in a unit of work of its own, so a desk reads in one and
     * writes in the next; the first write waits until every writer has read.
     */
    private static final class UnitPerCall extends ForwardingTicketStore {
        private final Transactions units;
        private final CyclicBarrier allHaveRead;
        private boolean waited;

        UnitPerCall(TicketStorage storage, CyclicBarrier allHaveRead) {
            super(storage.tickets());
            this.units = storage.transactions();
            this.allHaveRead = allHaveRead;
        }

        @Override
        public Optional<Ticket> findByNumber(TenantId tenant, TicketNumber number) {
            return units.inTransaction(() -> delegate.findByNumber(tenant, number));
        }

        @Override
        public void update(Change change) {
            if (!waited) {
                waited = true;
                try {
                    allHaveRead.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the writers did not all read in time", e);
                }
            }
            units.inTransaction(() -> {
                delegate.update(change);
                return null;
            });
        }
    }

    /** No unit of work of its own: each store call of {@link UnitPerCall} brings one. */
    private static final class NoUnit implements Transactions {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }

    /**
     * Calls a task from several threads at once, each several times.
     *
     * @return each thread's results in its own call order
     */
    static <T> List<List<T>> inParallel(int threads, int calls, Supplier<T> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<T>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
                    List<T> mine = new ArrayList<>();
                    for (int i = 0; i < calls; i++) {
                        mine.add(task.get());
                    }
                    return mine;
                }));
            }
            List<List<T>> all = new ArrayList<>();
            for (Future<List<T>> result : results) {
                all.add(result.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
