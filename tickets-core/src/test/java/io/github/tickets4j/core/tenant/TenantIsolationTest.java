package io.github.tickets4j.core.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.NamedView;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.EventPublisher;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two companies served by one desk: each numbers from 1, so both hold RE00000001, and nothing of one ever reaches
 * the other's people, not even when the same user id exists in both.
 */
class TenantIsolationTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");
    private static final Actor OLA_ACME = Actor.of("ola", Role.OPERATIONS).inTenant(ACME);
    private static final Actor OLA_GLOBEX = Actor.of("ola", Role.OPERATIONS).inTenant(GLOBEX);
    private static final Actor ADA_ACME = Actor.of("ada", Role.ADMIN).inTenant(ACME);
    private static final Actor ADA_GLOBEX = Actor.of("ada", Role.ADMIN).inTenant(GLOBEX);
    private static final TicketNumber FIRST = TicketNumber.parse("RE00000001");

    private final List<TicketEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final TicketDesk desk = TicketDesk.builder()
            .inMemory()
            .directory(new InMemoryDirectory()
                    .project(ProjectId.of("P-1"), CustomerId.of("C-1"))
                    .user(OLA_ACME, ADA_ACME))
            .zone(ZoneId.of("Europe/Berlin"))
            .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC))
            .events((EventPublisher) events::add)
            .build();

    @Test
    void everyTenantNumbersFromOneAndFindsOnlyItsOwnTicket() {
        Ticket acme = desk.create(OLA_ACME, CreateTicket.titled("Acme printer jam").build());
        Ticket globex = desk.create(OLA_GLOBEX, CreateTicket.titled("Globex VPN down").build());
        Ticket acmeSecond = desk.create(OLA_ACME, CreateTicket.titled("Acme badge reader").build());

        assertEquals(FIRST, acme.number());
        assertEquals(FIRST, globex.number());
        assertEquals(TicketNumber.parse("RE00000002"), acmeSecond.number());
        assertEquals(ACME, acme.tenant());
        assertEquals(GLOBEX, globex.tenant());
        assertEquals("Acme printer jam", desk.find(OLA_ACME, FIRST).orElseThrow().title());
        assertEquals("Globex VPN down", desk.find(OLA_GLOBEX, FIRST).orElseThrow().title());
        assertTrue(desk.find(OLA_GLOBEX, acmeSecond.number()).isEmpty(), "Globex has no RE00000002");
    }

    @Test
    void aCommandChangesOnlyTheActorsTenantsTicketOfThatNumber() {
        desk.create(OLA_ACME, CreateTicket.titled("Acme printer jam").build());
        desk.create(OLA_GLOBEX, CreateTicket.titled("Globex VPN down").build());

        desk.execute(OLA_GLOBEX, FIRST, new Close("Fixed at Globex"));

        assertTrue(desk.find(OLA_GLOBEX, FIRST).orElseThrow().status().isClosed());
        assertEquals(0, desk.find(OLA_ACME, FIRST).orElseThrow().version(), "Acme's RE00000001 is untouched");
        assertEquals(List.of(TimelineAction.CREATED), actions(OLA_ACME));
        assertEquals(List.of(TimelineAction.CLOSED, TimelineAction.CREATED), actions(OLA_GLOBEX));
    }

    @Test
    void anotherTenantsTicketIsAnsweredLikeAMissingOne() {
        desk.create(OLA_ACME, CreateTicket.titled("Acme printer jam").build());
        Actor stranger = Actor.of("ola", Role.ADMIN).inTenant(TenantId.of("initech"));
        TicketNotFoundException expected = new TicketNotFoundException(FIRST.value());

        assertEquals(expected.getMessage(), assertThrows(TicketNotFoundException.class,
                () -> desk.execute(stranger, FIRST, new AddFollowUp("Let me in"))).getMessage());
        assertEquals(expected.getMessage(), assertThrows(TicketNotFoundException.class,
                () -> desk.history(stranger, FIRST, HistoryQuery.newest(5))).getMessage());
        assertEquals(expected.getMessage(), assertThrows(TicketNotFoundException.class,
                () -> desk.delete(stranger, FIRST)).getMessage());
        assertTrue(desk.find(stranger, FIRST).isEmpty());
        assertEquals(1, actions(OLA_ACME).size(), "the refused calls wrote nothing");
    }

    @Test
    void searchesCountsViewsDashboardsAndReportsSeeOneTenant() {
        desk.create(OLA_ACME, CreateTicket.titled("Printer jam").build());
        desk.create(OLA_ACME, CreateTicket.titled("Printer toner").build());
        desk.create(OLA_GLOBEX, CreateTicket.titled("Printer offline").build());
        desk.execute(OLA_GLOBEX, FIRST, new Close());

        TicketQuery printers = TicketQuery.builder().text("printer").build();
        assertEquals(2, desk.count(ADA_ACME, printers));
        assertEquals(1, desk.count(ADA_GLOBEX, printers));
        assertEquals(List.of("Printer jam", "Printer toner"), desk.search(ADA_ACME, printers, Sort.ascending(SortField.CREATED_AT),
                PageRequest.first(10)).items().stream().map(s -> s.title()).toList());
        assertEquals(1, desk.search(ADA_GLOBEX, TicketQuery.builder().text("RE00000001").build(),
                Sort.ascending(SortField.CREATED_AT), PageRequest.first(10)).total(), "a number typed as text stays in the tenant");
        assertEquals(2, desk.view(ADA_ACME, NamedView.ALL, Sort.ascending(SortField.CREATED_AT), PageRequest.first(10)).total());
        assertEquals(1, desk.view(ADA_GLOBEX, NamedView.ALL, Sort.ascending(SortField.CREATED_AT), PageRequest.first(10)).total());
        assertEquals(2, desk.dashboard(ADA_ACME, DashboardFilter.cleared(), Sort.NEWEST_FIRST,
                PageRequest.first(10)).total());
        assertEquals(1, desk.dashboard(ADA_GLOBEX, DashboardFilter.cleared(), Sort.NEWEST_FIRST,
                PageRequest.first(10)).count("CLOSED"));
        assertEquals(0, desk.dashboard(ADA_ACME, DashboardFilter.cleared(), Sort.NEWEST_FIRST,
                PageRequest.first(10)).count("CLOSED"));
        ReportPeriod march = ReportPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertEquals(2, desk.report(ADA_ACME, march).volume().total());
        assertEquals(1, desk.report(ADA_GLOBEX, march).volume().total());
        assertEquals(0, desk.count(ADA_ACME.inTenant(TenantId.of("initech")), TicketQuery.all()));
    }

    @Test
    void deletingInOneTenantLeavesTheSameNumberOfAnotherAlone() {
        desk.create(OLA_ACME, CreateTicket.titled("Acme printer jam").build());
        desk.create(OLA_GLOBEX, CreateTicket.titled("Globex VPN down").build());

        desk.delete(ADA_ACME, FIRST);

        assertTrue(desk.find(ADA_ACME, FIRST).isEmpty());
        assertEquals("Globex VPN down", desk.find(ADA_GLOBEX, FIRST).orElseThrow().title());
        assertEquals(TicketNumber.parse("RE00000002"),
                desk.create(OLA_ACME, CreateTicket.titled("Next at Acme").build()).number(),
                "a deleted number is never issued again in its tenant");
    }

    @Test
    void everyEventNamesItsTenantSoAHostRoutesItThere() {
        desk.create(OLA_ACME, CreateTicket.titled("Acme printer jam").build());
        desk.create(OLA_GLOBEX, CreateTicket.titled("Globex VPN down").build());
        desk.execute(OLA_GLOBEX, FIRST, new AddFollowUp("Rebooted the router"));

        assertEquals(List.of(ACME, GLOBEX, GLOBEX),
                events.stream().map(e -> e.occurrence().tenant()).toList());
    }

    @Test
    void anActorWithoutATenantIsInTheDefaultOne() {
        Actor plain = Actor.of("ola", Role.OPERATIONS);
        Ticket ticket = desk.create(plain, CreateTicket.titled("Single-company host").build());

        assertEquals(TenantId.DEFAULT, plain.tenant());
        assertEquals(TenantId.DEFAULT, ticket.tenant());
        assertEquals(FIRST, ticket.number());
        assertTrue(desk.find(OLA_ACME, FIRST).isEmpty());
    }

    private List<TimelineAction> actions(Actor actor) {
        return desk.history(actor, FIRST, HistoryQuery.newest(20)).entries().stream()
                .map(TimelineEntry::action).toList();
    }
}
