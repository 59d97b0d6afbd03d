package io.github.tickets4j.core.memory;

import io.github.tickets4j.core.ticket.TenantId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reads of the in-memory storage see one consistent, committed state for as long as they run, and neither wait for
 * writers nor make them wait: a dashboard computed while tickets are created and closed counts every ticket once,
 * as it was when the read began, and a failed use case's writes are never seen by anyone else.
 */
class InMemorySnapshotTest {
    private static final Actor OLA = Actor.of("ola", Role.OPERATIONS);
    private final InMemoryStorage storage = new InMemoryStorage();
    private final TicketDesk desk = TicketDesk.builder().storage(storage).directory(new InMemoryDirectory().user(OLA))
            .zone(ZoneOffset.UTC).build();

    @Test
    void aReadSeesTheStateOfItsStartWhileWritersCommitWithoutWaiting() throws Exception {
        Ticket first = desk.create(OLA, CreateTicket.titled("Before the read").build());
        CountDownLatch readStarted = new CountDownLatch(1);
        CountDownLatch writesDone = new CountDownLatch(1);
        CompletableFuture<long[]> read = CompletableFuture.supplyAsync(() -> storage.transactions().readOnly(() -> {
            long before = desk.count(OLA, TicketQuery.all());
            readStarted.countDown();
            await(writesDone);
            Dashboard dashboard = desk.dashboard(OLA, DashboardFilter.cleared(), Sort.NEWEST_FIRST,
                    PageRequest.first(20));
            long history = desk.history(OLA, first.number(), HistoryQuery.newest(10)).entries().size();
            return new long[] {before, desk.count(OLA, TicketQuery.all()), dashboard.total(), history};
        }));
        await(readStarted);
        // The writer runs while the read is open: it must neither wait for the read nor be seen by it.
        CompletableFuture.runAsync(() -> {
            desk.create(OLA, CreateTicket.titled("During the read").build());
            desk.execute(OLA, first.number(), new AddFollowUp("Called"));
            desk.execute(OLA, first.number(), new Close());
        }).get(10, TimeUnit.SECONDS);
        writesDone.countDown();
        long[] seen = read.get(10, TimeUnit.SECONDS);
        assertEquals(1, seen[0]);
        assertEquals(1, seen[1], "the second count inside the read saw a ticket created after it began");
        assertEquals(1, seen[2], "the dashboard inside the read saw a ticket created after it began");
        assertEquals(1, seen[3], "the history inside the read saw entries appended after it began");
        assertEquals(2, desk.count(OLA, TicketQuery.all()));
        assertEquals(3, desk.history(OLA, first.number(), HistoryQuery.newest(10)).entries().size());
    }

    @Test
    void writesOfAUnitOfWorkStayUnseenUntilItCommitsAndForeverWhenItFails() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch looked = new CountDownLatch(1);
        CompletableFuture<Void> failing = CompletableFuture.runAsync(() -> assertThrows(IllegalStateException.class,
                () -> storage.transactions().inTransaction(() -> {
                    desk.create(OLA, CreateTicket.titled("Never committed").build());
                    written.countDown();
                    await(looked);
                    throw new IllegalStateException("the host's work failed");
                })));
        await(written);
        long seenMeanwhile = desk.count(OLA, TicketQuery.all());
        looked.countDown();
        failing.get(10, TimeUnit.SECONDS);
        assertEquals(0, seenMeanwhile, "another thread saw a ticket its unit of work had not committed");
        assertEquals(0, desk.count(OLA, TicketQuery.all()));
        assertTrue(desk.find(OLA, desk.number("RE00000001")).isEmpty());
    }

    @Test
    void aDeletedTicketIsGoneForNewReadsOnceNoOlderReadRemains() {
        Ticket ticket = desk.create(OLA, CreateTicket.titled("Short-lived").build());
        desk.delete(Actor.of("ada", Role.ADMIN), ticket.number());
        assertFalse(storage.tickets().findById(TenantId.DEFAULT, ticket.id()).isPresent());
        assertTrue(storage.tickets().history(TenantId.DEFAULT, ticket.id(), HistoryQuery.newest(5)).isEmpty());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
