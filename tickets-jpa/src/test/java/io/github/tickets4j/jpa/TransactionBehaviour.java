package io.github.tickets4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.spi.EventPublisher;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Visibility;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Units of work: all or nothing, resource-local or inside the host's transaction, and both numbering strategies. */
abstract class TransactionBehaviour extends DatabaseTestBase {
    private static final Actor SAM = Actor.of("sam", Role.SALES);

    private static CreateTicket command(String title) {
        return CreateTicket.titled(title).project(Samples.P1).tags("vip").build();
    }

    private long counter() {
        return database().queryLong("select last_value from t4j_number_counter where name = 'tickets'");
    }

    private List<Long> rowsOfEveryTable() {
        return List.of(rows("t4j_ticket"), rows("t4j_ticket_tag"), rows("t4j_follow_up"), rows("t4j_timeline_entry"));
    }

    @Test
    void aFailurePartWayThroughCreationLeavesNoTicketFollowUpOrTimelineRow() {
        Ticket ticket = Samples.ticket(new Random(1), 1).toBuilder().tags(List.of("vip")).build();
        Instant at = ticket.createdAt();
        UUID clash = UUID.randomUUID();
        Ticket broken = ticket.toBuilder()
                .followUps(List.of(new FollowUp(UUID.randomUUID(), "Note", Optional.empty(), Samples.SAM, at,
                        Visibility.INTERNAL)))
                .timeline(List.of(entry(clash, at, TimelineAction.FOLLOW_UP_ADDED), entry(clash, at,
                        TimelineAction.CREATED))).build();

        assertThrows(TicketsException.class, () -> store.insert(broken));
        assertEquals(List.of(0L, 0L, 0L, 0L), rowsOfEveryTable());
    }

    @Test
    void whenPublishingFailsTheTicketAndItsGaplessNumberAreRolledBack() {
        AtomicBoolean fail = new AtomicBoolean(true);
        TicketDesk desk = desk(transactions, gapless(), event -> {
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
    void inAHostManagedTransactionTicketsCommitAndRollBackWithTheHost() {
        EntityManager em = factory.createEntityManager();
        try {
            JpaTransactions host = JpaTransactions.hostManaged(() -> em);
            TicketDesk desk = desk(host, JpaNumberSequence.gapless(host), EventPublisher.none());
            em.getTransaction().begin();
            desk.create(SAM, command("First"));
            desk.create(SAM, command("Second"));
            assertEquals(2, new JpaTicketStore(host).count(Samples.all()));
            em.getTransaction().rollback();
            assertEquals(List.of(0L, 0L, 0L, 0L), rowsOfEveryTable());
            assertEquals(0, counter());

            em.getTransaction().begin();
            Ticket kept = desk.create(SAM, command("Third"));
            em.getTransaction().commit();
            assertEquals("RE00000001", kept.number().value());
            assertEquals(kept, store.findByNumber(kept.number()).orElseThrow());
        } finally {
            em.close();
        }
    }

    @Test
    void anExceptionOfTheUseCaseTravelsUnchangedAndUndoesEveryWriteOfNestedUseCases() {
        IllegalStateException boom = new IllegalStateException("boom");
        Ticket first = Samples.ticket(new Random(1), 1);
        Ticket second = Samples.ticket(new Random(2), 2);

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> transactions.inTransaction(() -> {
                    transactions.inTransaction(() -> store.insert(first));
                    store.insert(second);
                    throw boom;
                }));
        assertSame(boom, thrown);
        assertEquals(0, rows("t4j_ticket"));
    }

    @Test
    void theSequenceStrategyIssuesIncreasingNumbersAndLeavesAGapAfterARollback() {
        JpaNumberSequence sequence = sequence();
        long first = sequence.next(Long.MAX_VALUE);
        assertThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
            sequence.next(Long.MAX_VALUE);
            throw new IllegalStateException("creation failed");
        }));

        assertEquals(first + 2, sequence.next(Long.MAX_VALUE));
        assertEquals(false, sequence.isGapless());
    }

    @Test
    void theGaplessStrategyGivesTheNumberBackWhenTheTransactionRollsBack() {
        JpaNumberSequence gapless = gapless();
        assertEquals(1, transactions.inTransaction(() -> gapless.next(99)));
        assertThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
            gapless.next(99);
            throw new IllegalStateException("creation failed");
        }));

        assertEquals(2, transactions.inTransaction(() -> gapless.next(99)));
        assertEquals(true, gapless.isGapless());
    }

    @Test
    void aGaplessCounterAtTheFormatsMaximumRefusesAndStaysAsItWas() {
        database().execute(List.of("update t4j_number_counter set last_value = 9 where name = 'tickets'"));

        assertThrows(NumbersExhaustedException.class, () -> gapless().next(9));
        assertEquals(9, counter());
        assertEquals(10, gapless().next(10));
    }

    @Test
    void theSequenceStrategyRefusesValuesBeyondTheFormatsMaximum() {
        long last = sequence().next(Long.MAX_VALUE);

        assertThrows(NumbersExhaustedException.class, () -> sequence().next(last));
    }

    private static TimelineEntry entry(UUID id, Instant at, TimelineAction action) {
        return new TimelineEntry(id, at, Samples.SAM, action, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
