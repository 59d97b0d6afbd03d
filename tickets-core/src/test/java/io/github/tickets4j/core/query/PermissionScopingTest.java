package io.github.tickets4j.core.query;

import static io.github.tickets4j.core.query.Crm.ADA;
import static io.github.tickets4j.core.query.Crm.FAY;
import static io.github.tickets4j.core.query.Crm.MAX;
import static io.github.tickets4j.core.query.Crm.NORA;
import static io.github.tickets4j.core.query.Crm.OLGA;
import static io.github.tickets4j.core.query.Crm.SAM;
import static io.github.tickets4j.core.query.Crm.SUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.stats.AgentFigures;
import io.github.tickets4j.core.stats.Counts;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.stats.Report;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketNumber;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's view rights on queries, counts, views, the dashboard and reports: Sales see only the tickets of
 * projects assigned to them, Finance and Management see all, an actor without roles sees nothing.
 */
class PermissionScopingTest {
    private final Crm crm = Crm.standard();
    private final Ticket solar = crm.create("Panel fault", Crm.SOLAR);
    private final Ticket wind = crm.create("Turbine noise", Crm.WIND);
    private final Ticket hydro = crm.create("Dam sensor", Crm.HYDRO);
    private final Ticket orphan = crm.create("Orphan meter", Crm.ORPHAN);
    private final Ticket noProject = crm.create(OLGA, CreateTicket.titled("General question"));
    // Assigned to Sam while he sold Wind too; the host has taken Wind from him since: he holds it but may not see it.
    private final Ticket windForSam = heldBySamAfterWindWasTakenFromHim();
    private final List<TicketNumber> all = Crm.numbers(solar, wind, hydro, orphan, noProject, windForSam);

    PermissionScopingTest() {
        crm.run(OLGA, hydro, new Close());
    }

    private Ticket heldBySamAfterWindWasTakenFromHim() {
        crm.directory().project(Crm.WIND, Crm.BREEZE, SUE.id(), SAM.id());
        Ticket ticket = crm.create(OLGA, CreateTicket.titled("Wind invoice").project(Crm.WIND).assignee(SAM.id()));
        crm.directory().project(Crm.WIND, Crm.BREEZE, SUE.id());
        return ticket;
    }

    @Test
    void salesSearchAndCountOnlyTicketsOfTheirOwnProjects() {
        assertEquals(Crm.numbers(solar, hydro), crm.search(SAM, TicketQuery.all()));
        assertEquals(Crm.numbers(wind, hydro, windForSam), crm.search(SUE, TicketQuery.all()));
        assertEquals(2, crm.desk().count(SAM, TicketQuery.all()));
        assertEquals(3, crm.desk().count(SUE, TicketQuery.all()));
    }

    @Test
    void salesFiltersNeverWidenWhatTheyMaySee() {
        TicketQuery askingForWind = TicketQuery.builder().projects(Crm.WIND).build();
        assertEquals(List.of(), crm.search(SAM, askingForWind));
        assertEquals(0, crm.desk().count(SAM, TicketQuery.builder().assignees(SAM.id()).build()));
        assertEquals(List.of(), crm.search(SAM, TicketQuery.builder().text(windForSam.number().value()).build()));
    }

    @Test
    void salesViewsOnlyListTicketsOfTheirOwnProjects() {
        assertEquals(Crm.numbers(solar, hydro), view(SAM, NamedView.ALL));
        assertEquals(Crm.numbers(solar, hydro), view(SAM, NamedView.UNASSIGNED));
        assertEquals(List.of(), view(SAM, NamedView.ASSIGNED_TO_ME));
        assertEquals(Crm.numbers(hydro), view(SAM, NamedView.MY_CLOSED));
    }

    @Test
    void salesDashboardCountsOnlyTicketsOfTheirOwnProjects() {
        Dashboard board = dashboard(SAM);
        assertEquals(2, board.total());
        assertEquals(Map.of("OPEN", 1L, "IN_PROGRESS", 0L, "CLOSED", 1L), board.byStatus());
        assertEquals(Crm.numbers(solar), Crm.numbers(board.openTickets()));
    }

    @Test
    void salesReportsOnlyCoverTicketsOfTheirOwnProjects() {
        Report report = report(SUE);
        assertEquals(Map.of("OPEN", 2L, "CLOSED", 1L), report.volume().byStatus());
        assertEquals(1, report.resolution().count());
        assertEquals(3L, report.createdPerDay().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(List.of(SAM.id()), report.agents().stream().map(AgentFigures::agent).toList());
    }

    @Test
    void financeAndManagementSeeEveryTicketEverywhere() {
        for (Actor reader : List.of(FAY, MAX)) {
            assertEquals(all, crm.search(reader, TicketQuery.all()), reader.toString());
            assertEquals(6, crm.desk().count(reader, TicketQuery.all()));
            assertEquals(all, view(reader, NamedView.ALL));
            assertEquals(6, dashboard(reader).total());
            assertEquals(6L, report(reader).createdPerDay().values().stream().mapToLong(Long::longValue).sum());
        }
    }

    @Test
    void anActorWithoutRolesSeesNothingAnywhere() {
        assertEquals(List.of(), crm.search(NORA, TicketQuery.all()));
        assertEquals(0, crm.desk().count(NORA, TicketQuery.all()));
        for (NamedView view : NamedView.values()) {
            assertEquals(List.of(), view(NORA, view), view.name());
        }
        Dashboard board = dashboard(NORA);
        assertEquals(0, board.total());
        assertEquals(0, board.overdue());
        assertTrue(board.byStatus().values().stream().allMatch(n -> n == 0));
        assertTrue(board.donut().stream().allMatch(s -> s.percent().compareTo(BigDecimal.ZERO) == 0));
        Report report = report(NORA);
        assertEquals(0, report.resolution().count());
        assertEquals(List.of(), report.agents());
        assertEquals(0, report.volume().total());
        assertEquals(new Counts<>(Map.of(), 0), report.volume().assignees());
    }

    @Test
    void anAdministratorSeesEveryTicket() {
        assertEquals(all, crm.search(ADA, TicketQuery.all()));
    }

    private List<TicketNumber> view(Actor actor, NamedView view) {
        return Crm.numbers(crm.desk().view(actor, view, Sort.ascending(SortField.NUMBER), PageRequest.first(100)));
    }

    private Dashboard dashboard(Actor actor) {
        return crm.desk().dashboard(actor, DashboardFilter.cleared(), Sort.ascending(SortField.NUMBER),
                PageRequest.first(100));
    }

    private Report report(Actor actor) {
        return crm.desk().report(actor, ReportPeriod.of(crm.today(), crm.today()));
    }
}
