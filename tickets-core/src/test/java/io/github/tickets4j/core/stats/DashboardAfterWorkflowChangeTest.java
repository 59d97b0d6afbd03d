package io.github.tickets4j.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The dashboard derives category counts from status counts, yet still counts statuses a workflow dropped. */
class DashboardAfterWorkflowChangeTest {
    private final InMemoryStorage storage = new InMemoryStorage();
    private final Actor admin = Actor.of("ada", Role.ADMIN);

    private TicketDesk desk(Workflow workflow) {
        return TicketDesk.builder().storage(storage).directory(new InMemoryDirectory()).workflow(workflow)
                .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC)).zone(ZoneOffset.UTC)
                .build();
    }

    @Test
    void ticketsInAStatusTheNewWorkflowLacksStillCountUnderTheirStoredCategory() {
        desk(Workflows.ispBilling()).create(admin, CreateTicket.titled("Router offline").build());
        TicketDesk standard = desk(Workflows.standard());
        standard.create(admin, CreateTicket.titled("Panel dark").build());

        Dashboard dashboard = standard.dashboard(admin, DashboardFilter.cleared(), Sort.NEWEST_FIRST,
                PageRequest.first(10));

        assertEquals(1, dashboard.count("NEW"));
        assertEquals(1, dashboard.count("OPEN"));
        assertEquals(1, dashboard.byCategory().get(StatusCategory.NEW));
        assertEquals(1, dashboard.byCategory().get(StatusCategory.OPEN));
        assertEquals(2, dashboard.total());
    }

    @Test
    void categoryCountsFollowTheWorkflowsStatusesWhenAllAreKnown() {
        TicketDesk desk = desk(Workflows.crmSupport());
        desk.create(admin, CreateTicket.titled("Invoice question").build());
        desk.create(admin, CreateTicket.titled("Login fails").build());

        Dashboard dashboard = desk.dashboard(admin, DashboardFilter.cleared(), Sort.NEWEST_FIRST,
                PageRequest.first(10));

        assertEquals(2, dashboard.byCategory().get(StatusCategory.NEW));
        assertEquals(0, dashboard.byCategory().get(StatusCategory.CLOSED));
    }
}
