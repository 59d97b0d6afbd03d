package io.github.tickets4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.HistoryPage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's code example, kept compiling and passing here: keep the two in step. */
class ReadmeExampleTest {

    @Test
    void readmeExampleCreatesFollowsUpClosesAndCounts() {
        // --- README example start ---
        InMemoryDirectory directory = new InMemoryDirectory()
                .project(ProjectId.of("P-100"), CustomerId.of("C-7"), UserId.of("sam"))
                .user(Actor.of("sam", Role.SALES), Actor.of("olga", Role.OPERATIONS));
        TicketDesk desk = TicketDesk.builder()
                .inMemory()
                .directory(directory)
                .zone(ZoneId.of("Europe/Berlin"))
                .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC))
                .build();

        Actor sam = Actor.of("sam", Role.SALES);
        Ticket ticket = desk.create(sam, CreateTicket.titled("Solar panel not generating power")
                .project(ProjectId.of("P-100"))
                .build());
        desk.execute(sam, ticket.number(), new AddFollowUp("Called the customer", LocalDate.of(2026, 3, 4)));
        desk.execute(sam, ticket.number(), new ChangeStatus(Workflows.Standard.IN_PROGRESS));
        desk.execute(sam, ticket.number(), new AddFollowUp("A technician comes on Thursday").visibleToCustomer());
        desk.execute(sam, ticket.number(), new Close("Customer confirmed"));

        HistoryPage history = desk.history(sam, TicketNumber.parse("RE00000001"), HistoryQuery.newest(20));
        Dashboard dashboard = desk.dashboard(Actor.of("fay", Role.FINANCE), DashboardFilter.cleared(),
                Sort.NEWEST_FIRST, PageRequest.first(20));
        // --- README example end ---

        assertEquals("RE00000001", ticket.number().value());
        assertEquals(CustomerId.of("C-7"), ticket.customer().orElseThrow());
        assertEquals(1, dashboard.count("CLOSED"));
        assertEquals(0, dashboard.openTickets().total());
        Ticket closed = desk.find(sam, ticket.number()).orElseThrow();
        assertEquals(List.of(TimelineAction.CLOSED, TimelineAction.FOLLOW_UP_ADDED, TimelineAction.STATUS_CHANGED,
                TimelineAction.FOLLOW_UP_ADDED, TimelineAction.CREATED),
                history.entries().stream().map(TimelineEntry::action).toList());
        assertEquals(List.of(Audience.PUBLIC, Audience.PUBLIC, Audience.PUBLIC, Audience.INTERNAL,
                Audience.PUBLIC), history.entries().stream().map(TimelineEntry::audience).toList());
        assertEquals(Optional.empty(), history.next());
        assertTrue(closed.closedAt().isPresent());
        assertEquals(Optional.of("Customer confirmed"), closed.resolutionNote());
        assertThrows(AccessDeniedException.class,
                () -> desk.execute(sam, ticket.number(), new AddFollowUp("One more thing")));
    }
}
