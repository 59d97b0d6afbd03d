package io.github.tickets4j.testkit;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.testkit.fixtures.Actors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs parallel writers for the contracts, each failing loudly instead of hanging. */
final class Concurrently {
    private static final long PATIENCE_SECONDS = 60;

    private Concurrently() {
    }

    /**
     * Lets writers add follow-ups to one ticket, each reading its state in one transaction and writing the change in
     * the next, and retrying when the store reports a conflict. All writers read before any writes the first time,
     * so a store that does not check versions loses updates every time, not by luck.
     *
     * @return the notes of every write the store acknowledged
     */
    static List<String> readModifyWrite(int writers, int each, TicketStorage storage, TicketId id)
            throws Exception {
        Transactions tx = storage.transactions();
        TicketStore store = storage.tickets();
        CyclicBarrier allHaveRead = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                results.add(pool.submit(() -> {
                    List<String> acknowledged = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        String note = "writer " + writer + " note " + i;
                        boolean first = i == 0;
                        while (true) {
                            Ticket read = tx.inTransaction(() -> store.findById(TenantId.DEFAULT, id)).orElseThrow();
                            if (first) {
                                allHaveRead.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
                                first = false;
                            }
                            Change changed = read.addFollowUp(note, Optional.empty(), Audience.INTERNAL,
                                    Actors.operations().id(), Instant.parse("2026-03-02T10:00:00Z"));
                            try {
                                tx.inTransaction(() -> {
                                    store.update(changed);
                                    return null;
                                });
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
     * Calls a task from several threads at once, each several times.
     *
     * @return each thread's results in its own call order
     */
    static <T> List<List<T>> inParallel(int threads, int calls, java.util.function.Supplier<T> task)
            throws Exception {
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
