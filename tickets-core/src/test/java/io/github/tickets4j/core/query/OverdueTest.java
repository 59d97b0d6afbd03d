package io.github.tickets4j.core.query;

import static io.github.tickets4j.core.query.Crm.ADA;
import static io.github.tickets4j.core.query.Crm.OLGA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.support.MutableClock;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketCommand.SetFollowUpDate;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Overdue (seed 000 "Overdue Follow-ups", seed 001 due dates): a ticket is overdue when it is not closed and its
 * follow-up date is before today or its due date has passed. "Today" is the date in the desk's zone.
 */
class OverdueTest {
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final TicketQuery OVERDUE = TicketQuery.builder().overdueOnly(true).build();

    @Test
    void aFollowUpDateSetForTodayBecomesOverdueTomorrowNotToday() {
        Crm crm = Crm.standard();
        Ticket ticket = crm.create("Call back", Crm.SOLAR);
        crm.run(OLGA, ticket, new AddFollowUp("Customer asks for a call", crm.today()));
        assertOverdue(crm);
        crm.later(Duration.ofHours(13)); // 23:00 in Berlin (UTC+1), still today
        assertOverdue(crm);
        crm.later(Duration.ofHours(1));
        assertOverdue(crm, ticket);
    }

    @Test
    void aSummaryIsOverdueByTheDateOfTheTimeItIsGivenInThatTimesZone() {
        // 23:30 UTC on 2 March is already 3 March in Berlin: a follow-up for 2 March is overdue there, not in UTC.
        Crm crm = Crm.of(Workflows.standard(), ZoneOffset.UTC, Instant.parse("2026-03-02T12:00:00Z"));
        Ticket ticket = crm.run(OLGA, crm.create("Call back", Crm.SOLAR), new AddFollowUp("Call", crm.today()));
        Instant lateEvening = Instant.parse("2026-03-02T23:30:00Z");
        assertTrue(ticket.summary().isOverdue(lateEvening.atZone(Crm.BERLIN)));
        assertFalse(ticket.summary().isOverdue(lateEvening.atZone(ZoneOffset.UTC)));
        assertFalse(ticket.isOverdue(lateEvening.atZone(ZoneOffset.UTC)));
    }

    @Test
    void inAucklandTheFollowUpIsOverdueAtLocalMidnightWhileTheUtcDateIsStillTheSame() {
        // 10:30 UTC on 2 March is 23:30 on 2 March in Auckland (UTC+13).
        Crm crm = Crm.of(Workflows.standard(), AUCKLAND, Instant.parse("2026-03-02T10:30:00Z"));
        Ticket ticket = crm.create("Inverter check", Crm.SOLAR);
        crm.run(OLGA, ticket, new AddFollowUp("Check tomorrow", LocalDate.of(2026, 3, 2)));
        crm.later(Duration.ofMinutes(29).plusSeconds(59));
        assertOverdue(crm);
        crm.later(Duration.ofSeconds(1)); // 00:00 on 3 March in Auckland, 11:00 on 2 March in UTC
        assertEquals(LocalDate.of(2026, 3, 3), crm.today());
        assertOverdue(crm, ticket);
    }

    @Test
    void inLosAngelesTheLocalDateCountsEvenWhenTheUtcDateIsAlreadyTheNextDay() {
        // 05:00 UTC on 3 March is 21:00 on 2 March in Los Angeles (UTC-8).
        Crm crm = Crm.of(Workflows.standard(), LOS_ANGELES, Instant.parse("2026-03-03T05:00:00Z"));
        Ticket ticket = crm.create("Meter swap", Crm.WIND);
        crm.run(OLGA, ticket, new AddFollowUp("Swap tonight", LocalDate.of(2026, 3, 2)));
        assertOverdue(crm);
        crm.later(Duration.ofHours(3)); // midnight in Los Angeles
        assertOverdue(crm, ticket);
    }

    @Test
    void theDesksConfiguredZoneDecidesTodayNotTheClocksZone() {
        MutableClock utc = new MutableClock(Instant.parse("2026-03-02T10:30:00Z"), ZoneOffset.UTC);
        TicketDesk desk = TicketDesk.builder().inMemory().clock(utc).zone(AUCKLAND)
                .directory(new InMemoryDirectory().project(Crm.SOLAR, Crm.SUN, OLGA.id())).build();
        Ticket ticket = desk.create(OLGA, CreateTicket.titled("Zone check").project(Crm.SOLAR).build());
        desk.execute(OLGA, ticket.number(), new AddFollowUp("Today in Auckland", LocalDate.of(2026, 3, 2)));
        assertEquals(0, desk.count(OLGA, OVERDUE));
        utc.advance(Duration.ofMinutes(30));
        assertEquals(1, desk.count(OLGA, OVERDUE));
    }

    @Test
    void aTicketIsOverdueOnceItsDueDateHasPassed() {
        Crm crm = Crm.standard();
        Ticket ticket = crm.create(OLGA, CreateTicket.titled("Warranty claim").project(Crm.SOLAR)
                .dueAt(Crm.START.plus(Duration.ofHours(2))));
        crm.later(Duration.ofHours(2));
        assertOverdue(crm);
        crm.later(Duration.ofMillis(1));
        assertOverdue(crm, ticket);
    }

    @Test
    void eitherAPastFollowUpDateOrAPassedDueDateIsEnough() {
        Crm crm = Crm.standard();
        Ticket dueLater = crm.create(OLGA, CreateTicket.titled("Due next week").project(Crm.SOLAR)
                .dueAt(Crm.START.plus(Duration.ofDays(7))));
        Ticket dueSoon = crm.create(OLGA, CreateTicket.titled("Due in an hour").project(Crm.SOLAR)
                .dueAt(Crm.START.plus(Duration.ofHours(1))));
        crm.run(OLGA, dueLater, new AddFollowUp("Check today", crm.today()));
        crm.run(OLGA, dueSoon, new AddFollowUp("Check next week", crm.today().plusDays(7)));
        crm.later(Duration.ofDays(1));
        assertOverdue(crm, dueLater, dueSoon);
    }

    @Test
    void aClosedTicketIsNeverOverdueAndAReopenedOneIsAgainWhenItsDueDateHasPassed() {
        Crm crm = Crm.standard();
        Ticket followUp = crm.create("Past follow-up", Crm.SOLAR);
        crm.run(OLGA, followUp, new AddFollowUp("Call", crm.today()));
        Ticket due = crm.create(OLGA, CreateTicket.titled("Past deadline").project(Crm.SOLAR)
                .dueAt(Crm.START.plus(Duration.ofHours(1))));
        crm.later(Duration.ofDays(2));
        assertOverdue(crm, followUp, due);
        crm.run(OLGA, followUp, new Close());
        crm.run(OLGA, due, new Close());
        assertOverdue(crm);
        // Closing cleared the follow-up date; the deadline stays and has still passed.
        crm.run(ADA, followUp, new Reopen());
        crm.run(ADA, due, new Reopen());
        assertOverdue(crm, due);
    }

    @Test
    void movingTheFollowUpDateToTodayEndsTheOverdue() {
        Crm crm = Crm.standard();
        Ticket ticket = crm.create("Reschedule", Crm.SOLAR);
        crm.run(OLGA, ticket, new AddFollowUp("Call", crm.today()));
        crm.later(Duration.ofDays(1));
        assertOverdue(crm, ticket);
        crm.run(OLGA, ticket, new SetFollowUpDate(crm.today()));
        assertOverdue(crm);
    }

    @Test
    void aTicketWithoutDatesIsNeverOverdue() {
        Crm crm = Crm.standard();
        crm.create("No dates", Crm.SOLAR);
        crm.later(Duration.ofDays(400));
        assertOverdue(crm);
    }

    private static void assertOverdue(Crm crm, Ticket... expected) {
        List<TicketNumber> numbers = Crm.numbers(expected);
        assertEquals(numbers, crm.search(OLGA, OVERDUE), "overdue search");
        assertEquals(numbers.size(), crm.desk().count(OLGA, OVERDUE), "overdue count");
        ZonedDateTime now = ZonedDateTime.now(crm.clock());
        for (TicketNumber n : crm.search(OLGA, TicketQuery.all())) {
            assertEquals(numbers.contains(n), crm.desk().find(OLGA, n).orElseThrow().isOverdue(now),
                    n + " isOverdue");
        }
    }
}
