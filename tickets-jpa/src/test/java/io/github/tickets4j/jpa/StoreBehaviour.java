package io.github.tickets4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.spi.EventPublisher;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.Submitter;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.SetHidden;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.ticket.Visibility;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Writing and reading whole tickets, optimistic locking, and bad input through the store. */
abstract class StoreBehaviour extends DatabaseTestBase {
    private static final Actor SAM = Actor.of("sam", Role.SALES);
    private static final Actor ADMIN = Actor.of("root", Role.ADMIN);

    private TicketDesk desk() {
        return desk(transactions, sequence(), EventPublisher.none());
    }

    private Ticket sample(int number) {
        return Samples.ticket(new Random(number), number);
    }

    @Test
    void aTicketReadsBackExactlyAsTheDeskReturnedIt() {
        TicketDesk desk = desk();
        Ticket created = desk.create(SAM, CreateTicket.titled("Solar panel not generating power")
                .description("Line 1\nLine 2 with ünïcödé and 50% _wild_ text").project(Samples.P1)
                .contact(ContactId.of("K-9")).submitter(Submitter.of("Ann", "ann@example.com", "ACME"))
                .priority("major").category("problem").assignee(Samples.KIM).team(Samples.T1)
                .tags("Billing", "vip", "café").dueAt(Instant.parse("2026-03-05T17:30:00.456Z")).build());
        clock.advance(Duration.ofMillis(300_001));
        desk.execute(SAM, created.number(), new AddFollowUp("Called the customer", Optional.of(
                LocalDate.of(2026, 3, 4)), Visibility.PUBLIC));
        desk.execute(ADMIN, created.number(), new SetHidden(true));
        clock.advance(Duration.ofSeconds(61));
        Ticket closed = desk.execute(SAM, created.number(), new Close(Optional.of("Replaced the inverter")));

        assertEquals(3, closed.version());
        assertEquals(closed, store.findByNumber(created.number()).orElseThrow());
        assertEquals(closed, store.findById(created.id()).orElseThrow());
    }

    @Test
    void instantsInTheHourWhenClocksGoBackReadBackExactly() {
        // 02:30 happens twice in Berlin that night; the JVM runs in Europe/Berlin (see the pom).
        Instant firstHalfPast = Instant.parse("2026-10-25T00:30:00.001Z");
        Instant secondHalfPast = Instant.parse("2026-10-25T01:30:00.999Z");
        Ticket ticket = sample(1).toBuilder().createdAt(firstHalfPast).lastActivityAt(secondHalfPast)
                .dueAt(secondHalfPast).build();
        store.insert(ticket);

        Ticket stored = store.findById(ticket.id()).orElseThrow();
        assertEquals(List.of(firstHalfPast, secondHalfPast, secondHalfPast),
                List.of(stored.createdAt(), stored.lastActivityAt(), stored.dueAt().orElseThrow()));
        assertEquals(ticket, stored);
    }

    @Test
    void insertStoresVersionZeroAndEveryUpdateRaisesItByExactlyOne() {
        Ticket ticket = sample(1);
        assertEquals(0, store.insert(ticket).version());
        Ticket unchanged = store.update(ticket);
        assertEquals(1, unchanged.version());
        Ticket retitled = store.update(unchanged.toBuilder().title("Retitled").build());

        assertEquals(2, retitled.version());
        assertEquals(retitled, store.findById(ticket.id()).orElseThrow());
    }

    @Test
    void aStaleUpdateIsRefusedWithConcurrentModificationAndChangesNothing() {
        Ticket ticket = store.insert(sample(1));
        Ticket first = store.update(ticket.toBuilder().title("First writer").build());

        assertThrows(ConcurrentTicketModificationException.class,
                () -> store.update(ticket.toBuilder().title("Second writer").build()));
        assertEquals(first, store.findById(ticket.id()).orElseThrow());
    }

    @Test
    void updatingOrDeletingAnUnknownTicketThrowsTicketNotFound() {
        Ticket never = sample(1);

        assertThrows(TicketNotFoundException.class, () -> store.update(never));
        assertThrows(TicketNotFoundException.class, () -> store.delete(never));
        assertEquals(0, rows("t4j_ticket"));
    }

    @Test
    void findingAnUnknownNumberOrIdGivesEmpty() {
        store.insert(sample(1));

        assertTrue(store.findByNumber(TicketNumberFormat.DEFAULT.format(2)).isEmpty());
        assertTrue(store.findById(TicketId.random()).isEmpty());
    }

    @Test
    void deletingRemovesTheTicketWithItsFollowUpsTimelineAndTags() {
        TicketDesk desk = desk();
        Ticket created = desk.create(SAM, CreateTicket.titled("Delete me").project(Samples.P1).tags("a", "b").build());
        Ticket followedUp = desk.execute(SAM, created.number(), new AddFollowUp("Note"));
        Ticket kept = desk.create(SAM, CreateTicket.titled("Keep me").project(Samples.P1).tags("a").build());

        store.delete(followedUp);

        assertTrue(store.findByNumber(created.number()).isEmpty());
        assertEquals(kept, store.findByNumber(kept.number()).orElseThrow());
        assertEquals(List.of(1L, 0L, 1L, 1L), List.of(rows("t4j_ticket"), rows("t4j_follow_up"),
                rows("t4j_timeline_entry"), rows("t4j_ticket_tag")));
    }

    @Test
    void aStaleDeleteIsRefusedAndKeepsTheTicket() {
        Ticket ticket = store.insert(sample(1));
        Ticket changed = store.update(ticket.toBuilder().title("Changed").build());

        assertThrows(ConcurrentTicketModificationException.class, () -> store.delete(ticket));
        assertEquals(changed, store.findById(ticket.id()).orElseThrow());
    }

    @Test
    void aSecondTicketWithTheSameNumberOrIdIsRefused() {
        Ticket ticket = store.insert(sample(1));
        Ticket sameNumber = sample(2).toBuilder().number(ticket.number()).build();
        Ticket sameId = sample(3).toBuilder().id(ticket.id()).build();

        for (Ticket clash : List.of(sameNumber, sameId)) {
            TicketsException e = assertThrows(TicketsException.class, () -> store.insert(clash));
            assertTrue(e.getMessage().contains("stored already"), e.getMessage());
        }
        assertEquals(List.of(ticket), List.of(store.findById(ticket.id()).orElseThrow()));
        assertEquals(1, rows("t4j_ticket"));
        assertEquals(1, database().queryLong("select sum(ticket_count) from t4j_status_count"),
                "the refused inserts left the status counts as they were");
    }

    @Test
    void aSchemaWithoutTheStatusCountLockRowIsReportedAndNothingIsStored() {
        database().execute(List.of("delete from t4j_status_count"));

        TicketsException e = assertThrows(TicketsException.class, () -> store.insert(sample(1)));
        assertTrue(e.getMessage().contains("run the Tickets4j schema script"), e.getMessage());
        assertEquals(0, rows("t4j_ticket"));
    }

    @Test
    void followUpsAndTimelineKeepTheirOrderWithinOneMillisecond() {
        TicketDesk desk = desk();
        Ticket ticket = desk.create(SAM, CreateTicket.titled("Busy ticket").project(Samples.P1).build());
        for (String note : List.of("first", "second", "third")) {
            ticket = desk.execute(SAM, ticket.number(), new AddFollowUp(note));
        }
        ticket = desk.execute(SAM, ticket.number(), new Assign(Samples.KIM));

        Ticket stored = store.findByNumber(ticket.number()).orElseThrow();
        assertEquals(List.of("third", "second", "first"), stored.followUps().stream().map(FollowUp::note).toList());
        assertEquals(ticket.timeline(), stored.timeline());
    }

    @Test
    void anOversizeTitleOrTagIsRefusedWithValidationFailedAndNothingIsStored() {
        Ticket oversize = sample(1).toBuilder().title("x".repeat(201)).tags(List.of("t".repeat(51))).build();

        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> store.insert(oversize));
        assertEquals(List.of("title", "tags"), e.violations().stream().map(Violation::field).toList());
        assertEquals(0, rows("t4j_ticket"));
    }

    @Test
    void anOversizeFollowUpNoteOnUpdateIsRefusedAndTheStoredTicketStaysAsItWas() {
        Ticket ticket = store.insert(sample(1));
        FollowUp huge = new FollowUp(UUID.randomUUID(), "n".repeat(10_001), Optional.empty(), UserId.of("sam"),
                Instant.parse("2026-03-02T10:00:00Z"), Visibility.INTERNAL);
        Ticket withHuge = ticket.toBuilder().followUps(List.of(huge)).build();

        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> store.update(withHuge));
        assertEquals("followUps.note", e.violations().get(0).field());
        assertEquals(ticket, store.findById(ticket.id()).orElseThrow());
    }

    @Test
    void aFailingDatabaseSurfacesAsTicketsExceptionNeverAsAPersistenceException() {
        database().execute(List.of("alter table t4j_timeline_entry rename to t4j_timeline_moved"));
        try {
            TicketsException e = assertThrows(TicketsException.class, () -> desk().create(SAM,
                    CreateTicket.titled("Nowhere to write the timeline").project(Samples.P1).build()));
            assertEquals(TicketsException.class, e.getClass());
            assertTrue(e.getCause() instanceof PersistenceException, () -> e.getCause().toString());
        } finally {
            database().execute(List.of("alter table t4j_timeline_moved rename to t4j_timeline_entry"));
        }
        assertEquals(0, rows("t4j_ticket"));
    }

    @Test
    void anUnknownTicketNumberThroughTheDeskGivesTicketNotFound() {
        TicketDesk desk = desk();

        assertThrows(TicketNotFoundException.class,
                () -> desk.execute(SAM, desk.number("RE00000042"), new AddFollowUp("Anyone there?")));
        assertTrue(desk.find(SAM, desk.number("RE00000042")).isEmpty());
    }
}
