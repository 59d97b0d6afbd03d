package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.SetDueDate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Instants a host passes in are kept to the millisecond, the precision every supported database stores. */
class InstantPrecisionTest {
    private static final Instant WITH_NANOS = Instant.parse("2026-03-10T16:00:00.123456789Z");
    private static final Instant MILLIS = WITH_NANOS.truncatedTo(ChronoUnit.MILLIS);
    private final TestDesk t = TestDesk.standard();

    @Test
    void aDueDateWithNanosecondsGivenAtCreationReadsBackEqualToItsMillisecondTruncation() {
        assertEquals(MILLIS, CreateTicket.titled("x").dueAt(WITH_NANOS).build().dueAt().orElseThrow());
        Ticket ticket = t.desk.create(SAM, t.valid("Deadline").dueAt(WITH_NANOS).build());
        assertEquals(Optional.of(MILLIS), ticket.dueAt());
        assertEquals(Optional.of(MILLIS), t.stored(ticket).dueAt());
    }

    @Test
    void aDueDateWithNanosecondsSetByCommandReadsBackEqualToItsMillisecondTruncationAlsoInTheHistory() {
        assertEquals(MILLIS, new SetDueDate(WITH_NANOS).dueAt());
        Ticket ticket = t.open("Deadline later");
        Ticket after = t.run(SAM, ticket, new SetDueDate(WITH_NANOS));
        assertEquals(Optional.of(MILLIS), after.dueAt());
        assertEquals(Optional.of(MILLIS), t.desk.find(SAM, ticket.number()).orElseThrow().dueAt());
        assertEquals(Optional.of(MILLIS.toString()), t.newest(ticket).to());
        assertEquals(MILLIS, Instant.parse(t.newest(ticket).to().orElseThrow()));
    }
}
