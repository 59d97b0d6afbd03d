package io.github.tickets4j.core.stats;

import static io.github.tickets4j.core.query.Crm.OLGA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.query.Crm;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflows;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 "Dashboard Tracking" on the standard workflow. Six tickets; a day after they were created three of
 * the open ones are overdue:
 *
 * <pre>
 * #  project  status       overdue because
 * 1  SOLAR    OPEN         follow-up date was yesterday
 * 2  WIND     IN_PROGRESS  -  (follow-up date tomorrow)
 * 3  HYDRO    CLOSED       -
 * 4  ORPHAN   OPEN         due date passed
 * 5  SOLAR    IN_PROGRESS  follow-up date was yesterday
 * 6  SOLAR    CLOSED       -
 * </pre>
 */
class DashboardTest {
    private final Crm crm = Crm.standard();
    private final Ticket d1 = crm.create("Panel not generating", Crm.SOLAR);
    private final Ticket d2 = crm.create("Installation date", Crm.WIND);
    private final Ticket d3 = crm.create("Invoice amount", Crm.HYDRO);
    private final Ticket d4 = crm.create(OLGA, CreateTicket.titled("Meter reading").project(Crm.ORPHAN)
            .dueAt(Crm.START.plus(Duration.ofHours(3))));
    private final Ticket d5 = crm.create("Roof inspection", Crm.SOLAR);
    private final Ticket d6 = crm.create("Cable check", Crm.SOLAR);
    private final Instant followedUpAt = Crm.START.plus(Duration.ofHours(1));

    DashboardTest() {
        crm.later(Duration.ofHours(1));
        crm.run(OLGA, d1, new AddFollowUp("Call the customer", crm.today()));
        crm.run(OLGA, d2, new ChangeStatus("IN_PROGRESS"),
                new AddFollowUp("Installer booked", crm.today().plusDays(2)));
        crm.run(OLGA, d3, new Close());
        crm.run(OLGA, d5, new ChangeStatus("IN_PROGRESS"), new AddFollowUp("Roofer visits", crm.today()));
        crm.run(OLGA, d6, new AddFollowUp("Cable replaced", crm.today()), new Close());
        crm.later(Duration.ofDays(1));
    }

    @Test
    void countsPerStatusFollowTheWorkflowOrder() {
        Dashboard board = dashboard(DashboardFilter.cleared());
        assertEquals(List.of("OPEN", "IN_PROGRESS", "CLOSED"), List.copyOf(board.byStatus().keySet()));
        assertEquals(List.of(2L, 2L, 2L), List.copyOf(board.byStatus().values()));
        assertEquals(2, board.count("OPEN"));
        assertEquals(0, board.count("NO_SUCH_STATUS"));
    }

    @Test
    void statusesWithoutTicketsAreCountedAsZero() {
        Crm empty = Crm.standard();
        empty.create("Only one", Crm.SOLAR);
        Dashboard board = empty.desk().dashboard(OLGA, DashboardFilter.cleared(), Sort.NEWEST_FIRST,
                PageRequest.first(10));
        assertEquals(List.of(1L, 0L, 0L), List.copyOf(board.byStatus().values()));
        assertEquals(List.of(StatusCategory.values()), List.copyOf(board.byCategory().keySet()));
        assertEquals(List.of(0L, 1L, 0L, 0L, 0L, 0L), List.copyOf(board.byCategory().values()));
    }

    @Test
    void countsPerCategoryOverdueAndTotal() {
        Dashboard board = dashboard(DashboardFilter.cleared());
        assertEquals(Map.of(StatusCategory.NEW, 0L, StatusCategory.OPEN, 2L, StatusCategory.ACTIVE, 2L,
                StatusCategory.WAITING, 0L, StatusCategory.RESOLVED, 0L, StatusCategory.CLOSED, 2L),
                board.byCategory());
        assertEquals(3, board.overdue());
        assertEquals(6, board.total());
    }

    @Test
    void theDonutSharesAddUpToExactlyOneHundred() {
        List<DonutSlice> donut = dashboard(DashboardFilter.cleared()).donut();
        assertEquals(List.of(new DonutSlice("OPEN", 2, new BigDecimal("33.4")),
                new DonutSlice("IN_PROGRESS", 2, new BigDecimal("33.3")),
                new DonutSlice("CLOSED", 2, new BigDecimal("33.3"))), donut);
    }

    @Test
    void theOpenTicketsTableListsEveryTicketNotClosedWithItsColumns() {
        Dashboard board = dashboard(DashboardFilter.cleared());
        assertEquals(Crm.numbers(d1, d2, d4, d5), Crm.numbers(board.openTickets()));
        assertEquals(4, board.openTickets().total());
        TicketSummary row = board.openTickets().items().get(1);
        assertEquals(d2.number(), row.number());
        assertEquals(Optional.of(Crm.WIND), row.project());
        assertEquals(Optional.of(Crm.BREEZE), row.customer());
        assertEquals("IN_PROGRESS", row.status().name());
        assertEquals(Crm.START, row.createdAt());
        assertEquals(Optional.of(followedUpAt), row.lastFollowUpAt());
        assertEquals(Optional.empty(), board.openTickets().items().get(2).lastFollowUpAt());
    }

    @Test
    void clickingStatusesNarrowsTheTableButNotTheFigures() {
        Dashboard board = dashboard(DashboardFilter.statuses("in progress"));
        assertEquals(Crm.numbers(d2, d5), Crm.numbers(board.openTickets()));
        assertEquals(6, board.total());
        assertEquals(3, board.overdue());
        assertEquals(2, board.count("OPEN"));
    }

    @Test
    void clickingClosedLeavesTheTableEmptyBecauseItOnlyShowsOpenTickets() {
        assertEquals(List.of(), Crm.numbers(dashboard(DashboardFilter.statuses("CLOSED")).openTickets()));
    }

    @Test
    void theOverdueFilterShowsOnlyOverdueTicketsAndCombinesWithStatuses() {
        assertEquals(Crm.numbers(d1, d4, d5), Crm.numbers(dashboard(DashboardFilter.overdue()).openTickets()));
        assertEquals(Crm.numbers(d1, d4),
                Crm.numbers(dashboard(new DashboardFilter(Set.of("OPEN"), true)).openTickets()));
    }

    @Test
    void clearingTheFiltersShowsEveryOpenTicketAgain() {
        assertEquals(dashboard(new DashboardFilter(Set.of(), false)), dashboard(DashboardFilter.cleared()));
        assertEquals(4, dashboard(DashboardFilter.cleared()).openTickets().total());
    }

    @Test
    void theTableIsSortedAndPagedAsAsked() {
        Dashboard board = crm.desk().dashboard(OLGA, DashboardFilter.cleared(), Sort.descending(SortField.NUMBER),
                new PageRequest(0, 3));
        assertEquals(Crm.numbers(d5, d4, d2), Crm.numbers(board.openTickets()));
        assertEquals(4, board.openTickets().total());
        assertEquals(2, board.openTickets().totalPages());
    }

    @Test
    void resolvedTicketsOfSeed004StayInTheTableUntilClosed() {
        Crm isp = Crm.of(Workflows.ispBilling());
        Ticket resolved = isp.run(OLGA, isp.create("Router down", Crm.SOLAR), new ChangeStatus("RESOLVED"));
        isp.run(OLGA, isp.create("Billing question", Crm.WIND), new Close());
        Dashboard board = isp.desk().dashboard(OLGA, DashboardFilter.cleared(), Sort.NEWEST_FIRST,
                PageRequest.first(10));
        assertEquals(List.of("NEW", "WORK_IN_PROGRESS", "WAITING_FOR_CUSTOMER", "WAITING_ON_AGENT", "RESOLVED",
                "CLOSED"), List.copyOf(board.byStatus().keySet()));
        assertEquals(List.of(0L, 0L, 0L, 0L, 1L, 1L), List.copyOf(board.byStatus().values()));
        assertEquals(Crm.numbers(resolved), Crm.numbers(board.openTickets()));
    }

    private Dashboard dashboard(DashboardFilter filter) {
        return crm.desk().dashboard(OLGA, filter, Sort.ascending(SortField.NUMBER), PageRequest.first(50));
    }
}
