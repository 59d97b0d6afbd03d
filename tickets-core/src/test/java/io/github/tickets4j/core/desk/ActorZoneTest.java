package io.github.tickets4j.core.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.support.MutableClock;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.SetFollowUpDate;
import io.github.tickets4j.core.ticket.TicketSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "Today" is taken in the actor's own zone when they carry one, else in the desk's: for the follow-up date rule
 * and for overdue in searches and counts.
 */
class ActorZoneTest {
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final TicketQuery OVERDUE = TicketQuery.builder().overdueOnly(true).build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:30:00Z"), ZoneOffset.UTC);
    private final Actor deskZoneAgent = Actor.of("ola", Role.OPERATIONS);
    private final Actor aucklandAgent = Actor.of("kiri", Role.OPERATIONS).inZone(AUCKLAND);

    private TicketDesk desk(ZoneId zone) {
        return TicketDesk.builder().inMemory().directory(new InMemoryDirectory()).clock(clock).zone(zone).build();
    }

    @Test
    void aDateThatIsTodayInAucklandButYesterdayInTheDesksZoneIsAcceptedOnlyFromTheAucklandActor() {
        // 10:30 UTC on 2 March: 23:30 on 2 March in Auckland (UTC+13), 00:30 on 3 March in Kiritimati (UTC+14).
        TicketDesk desk = desk(KIRITIMATI);
        Ticket ticket = desk.create(deskZoneAgent, CreateTicket.titled("Across the date line").build());
        assertEquals(MARCH_2, desk.today(aucklandAgent));
        assertEquals(MARCH_2.plusDays(1), desk.today(deskZoneAgent));

        ValidationFailedException refused = assertThrows(ValidationFailedException.class,
                () -> desk.execute(deskZoneAgent, ticket.number(), new AddFollowUp("Call back", MARCH_2)));
        assertEquals(List.of(new Violation("followUpDate", "must not be before today (2026-03-03)")),
                refused.violations());
        assertThrows(ValidationFailedException.class, () -> desk.execute(deskZoneAgent, ticket.number(),
                new SetFollowUpDate(MARCH_2)));
        assertEquals(0, desk.find(deskZoneAgent, ticket.number()).orElseThrow().version(), "nothing changed");

        Ticket followedUp = desk.execute(aucklandAgent, ticket.number(), new AddFollowUp("Call back", MARCH_2));
        assertEquals(Optional.of(MARCH_2), followedUp.followUpDate());
    }

    @Test
    void aDateThatIsTodayInTheDesksZoneButYesterdayInAucklandIsRefusedFromTheAucklandActor() {
        // 11:30 UTC on 2 March: 12:30 on 2 March in Berlin, 00:30 on 3 March in Auckland.
        clock.set(Instant.parse("2026-03-02T11:30:00Z"));
        TicketDesk desk = desk(BERLIN);
        Ticket ticket = desk.create(deskZoneAgent, CreateTicket.titled("Same date, other zone").build());
        assertThrows(ValidationFailedException.class,
                () -> desk.execute(aucklandAgent, ticket.number(), new AddFollowUp("Call back", MARCH_2)));
        assertEquals(Optional.of(MARCH_2),
                desk.execute(deskZoneAgent, ticket.number(), new AddFollowUp("Call back", MARCH_2)).followUpDate());
    }

    @Test
    void overdueInSearchesAndCountsFollowsTheAskingActorsZone() {
        clock.set(Instant.parse("2026-03-02T11:30:00Z"));
        TicketDesk desk = desk(BERLIN);
        Ticket ticket = desk.create(deskZoneAgent, CreateTicket.titled("Call on the 2nd").build());
        desk.execute(deskZoneAgent, ticket.number(), new AddFollowUp("Call back", MARCH_2));

        // In Auckland the 2nd is over; in Berlin it is still the 2nd.
        assertEquals(List.of(ticket.number()), overdue(desk, aucklandAgent));
        assertEquals(1, desk.count(aucklandAgent, OVERDUE));
        assertEquals(List.of(), overdue(desk, deskZoneAgent));
        assertEquals(0, desk.count(deskZoneAgent, OVERDUE));
        assertEquals(0, desk.count(deskZoneAgent.inZone(BERLIN), OVERDUE), "carrying the desk's zone is the same");
    }

    private static List<io.github.tickets4j.core.ticket.TicketNumber> overdue(TicketDesk desk, Actor actor) {
        return desk.search(actor, OVERDUE, Sort.NEWEST_FIRST, PageRequest.first(10)).items().stream()
                .map(TicketSummary::number).toList();
    }
}
